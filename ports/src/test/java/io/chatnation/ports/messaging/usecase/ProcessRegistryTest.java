package io.chatnation.ports.messaging.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.messaging.Keyword;
import io.chatnation.domain.messaging.ProcessPosition;
import io.chatnation.ports.messaging.out.ConversationalProcess;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessRegistryTest {

    private record Process(String name, Set<Keyword> keywords, Set<Keyword> deepLinkCodes) implements ConversationalProcess {
        static Process of(String name, Set<String> keywords, Set<String> codes) {
            return new Process(name, words(keywords), words(codes));
        }

        private static Set<Keyword> words(Set<String> raw) {
            return Set.copyOf(raw.stream().map(Keyword::of).toList());
        }

        @Override
        public Duration timeout() {
            return Duration.ofMinutes(5);
        }

        @Override
        public Step start(Turn turn, Trigger trigger) {
            return Step.finish();
        }

        @Override
        public Step continueWith(Turn turn, ProcessPosition at) {
            return Step.finish();
        }
    }

    private final ProcessRegistry registry = new ProcessRegistry(List.of(
            Process.of("survey", Set.of("SURVEY", "Maoni"), Set.of("BOOTH42")),
            Process.of("tickets", Set.of("TICKETS"), Set.of())));

    @Test
    void a_keyword_is_found_in_the_whole_message_whatever_its_case_and_accents() {
        assertThat(registry.keywordIn(" survey! ")).map(m -> m.process().name()).hasValue("survey");
        assertThat(registry.keywordIn("MAÓNI")).map(m -> m.process().name()).hasValue("survey");
        assertThat(registry.keywordIn("the survey")).isEmpty();
    }

    @Test
    void a_deep_link_code_is_found_as_a_qr_code_or_wa_me_link_prefills_it_or_alone() {
        assertThat(registry.deepLinkIn("start BOOTH42")).map(m -> m.process().name()).hasValue("survey");
        assertThat(registry.deepLinkIn("Start booth42")).map(m -> m.word().value()).hasValue("BOOTH42");
        assertThat(registry.deepLinkIn("booth42")).isPresent();
        assertThat(registry.deepLinkIn("start BOOTH43")).isEmpty();
    }

    @Test
    void conflicting_registrations_are_refused_at_start_up() {
        assertThatThrownBy(() -> new ProcessRegistry(List.of(Process.of("a", Set.of("JOIN"), Set.of()),
                Process.of("b", Set.of("join"), Set.of())))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JOIN").hasMessageContaining("'a'").hasMessageContaining("'b'");
        assertThatThrownBy(() -> new ProcessRegistry(List.of(Process.of("a", Set.of(), Set.of("QR1")),
                Process.of("b", Set.of(), Set.of("qr1"))))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ProcessRegistry(List.of(Process.of("a", Set.of("X"), Set.of()),
                Process.of("a", Set.of("Y"), Set.of())))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ProcessRegistry(List.of(Process.of("a", Set.of("STOP"), Set.of()))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("consent");
    }
}

package io.chatnation.ports.messaging.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.messaging.Contact;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.ConversationProgress;
import io.chatnation.domain.messaging.ConversationState;
import io.chatnation.domain.messaging.Keyword;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.ProcessPosition;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.out.ConversationalProcess;
import io.chatnation.ports.messaging.out.ConversationalProcess.Step;
import io.chatnation.ports.messaging.out.ConversationalProcess.Trigger;
import io.chatnation.ports.messaging.out.ConversationalProcess.Turn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** How the steps a process answers move the conversation: the machinery every module's process relies on. */
class ProcessRunnerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private record Scripted(String name, Duration timeout, BiFunction<Turn, Optional<ProcessPosition>, Step> script)
            implements ConversationalProcess {
        @Override
        public Set<Keyword> keywords() {
            return Set.of(Keyword.of(name));
        }

        @Override
        public Step start(Turn turn, Trigger trigger) {
            return script.apply(turn, Optional.empty());
        }

        @Override
        public Step continueWith(Turn turn, ProcessPosition at) {
            return script.apply(turn, Optional.of(at));
        }
    }

    private static OutboundContent text(String body) {
        return OutboundContent.TextMessage.of(body);
    }

    /** A ticket purchase: asks for a quantity, then waits for the payment, then confirms. */
    private final Scripted tickets = new Scripted("tickets", Duration.ofMinutes(15), (turn, at) -> {
        if (at.isEmpty()) {
            return Step.next("quantity", Map.of(), text("How many tickets?"));
        }
        if (at.get().step().equals("quantity")) {
            return new Step.Await("paying", Map.of("quantity", turn.text().orElseThrow()), List.of(text("Pay on your phone")));
        }
        return Step.finish(text("Paid: " + at.get().data().get("quantity") + " tickets, ref " + turn.event().get("ref")));
    });
    private final Scripted loop = new Scripted("loop", Duration.ofMinutes(1),
            (turn, at) -> new Step.HandOver(Keyword.of("loop"), List.of(text("again"))));
    private final ProcessRunner runner = new ProcessRunner(new ProcessRegistry(List.of(tickets, loop,
            new Scripted("menu", Duration.ofMinutes(5), (turn, at) -> new Step.HandOver(Keyword.of("tickets"), List.of())))));

    private static Turn turn(Optional<String> text, Map<String, String> event, Instant at) {
        Contact contact = new Contact(new ContactId(UUID.randomUUID()),
                WhatsAppIdentity.ofPhone(new PhoneNumber("+254712345678")), Optional.empty(), false, Optional.of(at));
        return new Turn(new OrgId(UUID.randomUUID()), contact, new ConversationId(UUID.randomUUID()), text,
                Optional.empty(), event, at);
    }

    @Test
    void a_process_locks_the_conversation_waits_for_an_outside_event_and_finishes_on_it() {
        List<OutboundContent> replies = new ArrayList<>();

        ConversationProgress asked = runner.start(tickets, new Trigger(Keyword.of("tickets"), Trigger.Kind.KEYWORD),
                turn(Optional.of("tickets"), Map.of(), NOW), ConversationProgress.idle(), replies);
        ConversationProgress waiting = runner.continueWith(tickets, asked.position().orElseThrow(),
                turn(Optional.of("2"), Map.of(), NOW.plusSeconds(30)), asked, replies);
        ConversationProgress done = runner.continueWith(tickets, waiting.waitingFor("tickets"),
                turn(Optional.empty(), Map.of("ref", "QK12"), NOW.plusSeconds(60)), waiting, replies);

        assertThat(asked.state()).isEqualTo(ConversationState.LOCKED);
        assertThat(asked.position().orElseThrow().expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(waiting.state()).isEqualTo(ConversationState.WAITING);
        assertThat(waiting.position().orElseThrow().data()).containsEntry("quantity", "2");
        assertThat(waiting.position().orElseThrow().expiresAt()).isEqualTo(NOW.plusSeconds(30).plus(Duration.ofMinutes(15)));
        assertThat(done).isEqualTo(ConversationProgress.idle());
        assertThat(replies).extracting(r -> ((OutboundContent.TextMessage) r).body())
                .containsExactly("How many tickets?", "Pay on your phone", "Paid: 2 tickets, ref QK12");
    }

    @Test
    void a_handover_frees_the_conversation_and_starts_the_chosen_process() {
        List<OutboundContent> replies = new ArrayList<>();
        ConversationProgress choosing = ConversationProgress.idle()
                .lock(new ProcessPosition("menu", "choosing", Map.of(), NOW.plusSeconds(300)));

        ConversationProgress next = runner.continueWith(runner.registry().named("menu").orElseThrow(),
                choosing.position().orElseThrow(), turn(Optional.of("1"), Map.of(), NOW), choosing, replies);

        assertThat(next.position().orElseThrow().process()).isEqualTo("tickets");
        assertThat(next.position().orElseThrow().step()).isEqualTo("quantity");
        assertThat(replies).hasSize(1);
    }

    @Test
    void processes_handing_over_in_a_circle_stop_after_a_few_rounds_with_the_conversation_free() {
        List<OutboundContent> replies = new ArrayList<>();

        ConversationProgress after = runner.start(loop, new Trigger(Keyword.of("loop"), Trigger.Kind.KEYWORD),
                turn(Optional.of("loop"), Map.of(), NOW), ConversationProgress.idle(), replies);

        assertThat(after).isEqualTo(ConversationProgress.idle());
        assertThat(replies).hasSize(4);
    }
}

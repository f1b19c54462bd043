package io.chatnation.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.shared.RuleViolated;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversationProgressTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static ProcessPosition at(String process, String step) {
        return new ProcessPosition(process, step, Map.of("answered", "1"), NOW.plusSeconds(600));
    }

    @Test
    void a_process_locks_an_idle_conversation_moves_through_its_steps_and_releases_it() {
        ConversationProgress locked = ConversationProgress.idle().lock(at("survey", "q1"));
        ConversationProgress next = locked.lock(at("survey", "q2"));
        ConversationProgress free = next.release();

        assertThat(locked.state()).isEqualTo(ConversationState.LOCKED);
        assertThat(next.position()).hasValueSatisfying(p -> assertThat(p.step()).isEqualTo("q2"));
        assertThat(free).isEqualTo(ConversationProgress.idle());
    }

    @Test
    void a_waiting_process_is_resumed_only_for_itself() {
        ConversationProgress waiting = ConversationProgress.idle().lock(at("tickets", "pick")).await(at("tickets", "paying"));

        assertThat(waiting.state()).isEqualTo(ConversationState.WAITING);
        assertThat(waiting.waitingFor("tickets").step()).isEqualTo("paying");
        assertThatThrownBy(() -> waiting.waitingFor("survey")).isInstanceOf(RuleViolated.class);
        assertThat(waiting.lock(at("tickets", "paid")).state()).isEqualTo(ConversationState.LOCKED);
    }

    @Test
    void an_idle_conversation_has_nothing_to_release_and_nothing_to_resume() {
        assertThatThrownBy(() -> ConversationProgress.idle().release())
                .isInstanceOf(RuleViolated.class).hasMessageContaining("IDLE to IDLE");
        assertThatThrownBy(() -> ConversationProgress.idle().waitingFor("tickets")).isInstanceOf(RuleViolated.class);
        assertThat(ConversationState.IDLE.canMoveTo(ConversationState.IDLE)).isFalse();
    }

    @Test
    void another_process_cannot_take_a_conversation_before_the_holder_lets_go() {
        ConversationProgress locked = ConversationProgress.idle().lock(at("survey", "q1"));

        assertThatThrownBy(() -> locked.lock(at("menu", "choosing")))
                .isInstanceOf(RuleViolated.class).hasMessageContaining("held by survey");
        assertThatThrownBy(() -> locked.await(at("tickets", "paying"))).isInstanceOf(RuleViolated.class);
        assertThat(locked.release().lock(at("menu", "choosing")).position().orElseThrow().process()).isEqualTo("menu");
    }

    @Test
    void a_state_and_its_position_go_together() {
        assertThatThrownBy(() -> new ConversationProgress(ConversationState.LOCKED, java.util.Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConversationProgress(ConversationState.IDLE, java.util.Optional.of(at("x", "y"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_position_expires_at_its_deadline() {
        ConversationProgress locked = ConversationProgress.idle().lock(at("survey", "q1"));

        assertThat(locked.expiredAt(NOW.plusSeconds(599))).isFalse();
        assertThat(locked.expiredAt(NOW.plusSeconds(600))).isTrue();
        assertThat(ConversationProgress.idle().expiredAt(NOW.plusSeconds(10_000))).isFalse();
    }
}

package io.chatnation.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.shared.Conflict;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.UserId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InboxStateTest {

    static final InboxState OPEN = new InboxState(ConversationStatus.OPEN, false, Optional.empty());

    @Test
    void resolving_and_reopening_refuse_the_move_that_is_already_made() {
        InboxState resolved = OPEN.resolved();
        assertThat(resolved.status()).isEqualTo(ConversationStatus.RESOLVED);
        assertThatThrownBy(resolved::resolved).isInstanceOf(Conflict.class).hasMessageContaining("already resolved");
        assertThat(resolved.reopened()).isEqualTo(OPEN);
        assertThatThrownBy(OPEN::reopened).isInstanceOf(Conflict.class).hasMessageContaining("already open");
    }

    @Test
    void takeover_and_assignment_keep_everything_else() {
        UserId agent = new UserId(UUID.randomUUID());
        InboxState changed = OPEN.resolved().withHumanTakeover(true).assignedTo(Optional.of(agent));
        assertThat(changed).isEqualTo(new InboxState(ConversationStatus.RESOLVED, true, Optional.of(agent)));
        assertThat(changed.withHumanTakeover(true)).isEqualTo(changed);
        assertThat(changed.asAuditValues()).containsEntry("status", "resolved").containsEntry("humanTakeover", true)
                .containsEntry("assignee", agent.toString());
    }

    @Test
    void filters_read_what_agents_type() {
        assertThat(AssigneeFilter.parse("assigned", " ME ")).isInstanceOf(AssigneeFilter.Me.class);
        assertThat(AssigneeFilter.parse("assigned", "unassigned")).isInstanceOf(AssigneeFilter.Unassigned.class);
        UUID id = UUID.randomUUID();
        assertThat(AssigneeFilter.parse("assigned", id.toString())).isEqualTo(new AssigneeFilter.Member(new UserId(id)));
        assertThatThrownBy(() -> AssigneeFilter.parse("assigned", "bob")).isInstanceOf(InvalidInput.class);
        assertThat(ConversationStatus.parse("status", "Resolved")).isEqualTo(ConversationStatus.RESOLVED);
        assertThatThrownBy(() -> ConversationStatus.parse("status", "closed")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new InboxFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("x".repeat(101)))).isInstanceOf(InvalidInput.class);
        assertThat(new InboxFilter(null, Optional.of("  "), null, null, Optional.of(" hi ")).search()).contains("hi");
    }
}

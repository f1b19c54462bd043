package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.messaging.in.AssignConversation;
import java.util.Optional;

public final class AssignConversationService implements AssignConversation {

    private final InboxWork work;

    public AssignConversationService(InboxWork work) {
        this.work = work;
    }

    @Override
    public InboxConversation assign(Caller caller, ConversationId id, Optional<UserId> member) {
        return work.change(caller, id, member.isPresent() ? "conversation.assigned" : "conversation.unassigned", state -> {
            // Checked inside the transaction, where only the caller's organisation's members are visible.
            member.filter(m -> !work.inbox().isMember(m)).ifPresent(m -> {
                throw InvalidInput.of("userId", "is not a member of the organisation");
            });
            return state.assignedTo(member);
        });
    }
}

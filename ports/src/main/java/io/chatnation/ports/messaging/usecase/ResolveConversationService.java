package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.messaging.InboxState;
import io.chatnation.domain.shared.Caller;
import io.chatnation.ports.messaging.in.ResolveConversation;

public final class ResolveConversationService implements ResolveConversation {

    private final InboxWork work;

    public ResolveConversationService(InboxWork work) {
        this.work = work;
    }

    @Override
    public InboxConversation resolve(Caller caller, ConversationId id) {
        return work.change(caller, id, "conversation.resolved", InboxState::resolved);
    }
}

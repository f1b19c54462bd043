package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.messaging.InboxState;
import io.chatnation.domain.shared.Caller;
import io.chatnation.ports.messaging.in.ReopenConversation;

public final class ReopenConversationService implements ReopenConversation {

    private final InboxWork work;

    public ReopenConversationService(InboxWork work) {
        this.work = work;
    }

    @Override
    public InboxConversation reopen(Caller caller, ConversationId id) {
        return work.change(caller, id, "conversation.reopened", InboxState::reopened);
    }
}

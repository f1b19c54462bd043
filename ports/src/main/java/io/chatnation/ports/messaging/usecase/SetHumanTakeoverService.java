package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.shared.Caller;
import io.chatnation.ports.messaging.in.SetHumanTakeover;

public final class SetHumanTakeoverService implements SetHumanTakeover {

    private final InboxWork work;

    public SetHumanTakeoverService(InboxWork work) {
        this.work = work;
    }

    @Override
    public InboxConversation set(Caller caller, ConversationId id, boolean on) {
        return work.change(caller, id, on ? "conversation.taken_over" : "conversation.handed_back",
                state -> state.withHumanTakeover(on));
    }
}

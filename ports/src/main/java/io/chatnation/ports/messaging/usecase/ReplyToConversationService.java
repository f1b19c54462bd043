package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.ports.messaging.in.ReplyToConversation;
import io.chatnation.ports.messaging.in.SendMessage;

/** Finds whom the conversation is with and leaves the sending, its rules and its audit entry to {@link SendMessage}. */
public final class ReplyToConversationService implements ReplyToConversation {

    private final InboxWork work;
    private final SendMessage send;

    public ReplyToConversationService(InboxWork work, SendMessage send) {
        this.work = work;
        this.send = send;
    }

    @Override
    public SendMessage.SentMessage reply(Caller caller, ConversationId id, SendMessage.What what) {
        ContactId contact = work.as(caller, InboxWork.ACT, () -> work.existing(id).contact());
        return send.send(caller, contact, what);
    }
}

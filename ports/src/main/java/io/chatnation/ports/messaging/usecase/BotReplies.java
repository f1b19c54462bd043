package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.ports.messaging.out.Messages;
import io.chatnation.ports.messaging.out.Messages.QueuedReply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Queues what the bot answers, in the transaction that decided it, for {@link ReplySender} to send after commit. */
final class BotReplies {

    private final Messages messages;
    private final IdGenerator ids;

    BotReplies(Messages messages, IdGenerator ids) {
        this.messages = messages;
        this.ids = ids;
    }

    /** Queues the replies, in order; answers them as queued. */
    List<QueuedReply> queue(List<OutboundContent> replies, ChannelAccountId account, ConversationId conversation,
                            ContactId contact, WhatsAppIdentity to, MessageId answering, Instant now) {
        List<QueuedReply> queued = new ArrayList<>(replies.size());
        for (int i = 0; i < replies.size(); i++) {
            QueuedReply reply = new QueuedReply(new MessageId(ids.next()), account, conversation, contact, to,
                    replies.get(i), answering);
            // Queued replies are sent in the order of their creation time: a microsecond apart keeps a process's
            // "Thanks!" before its next question.
            messages.queueReply(reply, now.plusNanos(1_000L * i));
            queued.add(reply);
        }
        return queued;
    }
}

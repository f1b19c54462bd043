package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.DeliveryProgress;
import io.chatnation.domain.messaging.InboundMessage;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.domain.messaging.SenderProfile;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Every message of the current organisation, in and out. */
public interface Messages {

    /**
     * Stores a message as received; false, storing nothing, when the account already holds a message with its
     * provider id (a redelivered webhook).
     */
    boolean storeInbound(MessageId id, ChannelAccountId account, InboundMessage message, Instant now);

    /**
     * Stores several messages received on one account at once; answers, in order, whether each was new (false for
     * one the account already holds, or one that came earlier in the same list).
     */
    List<Boolean> storeInbound(ChannelAccountId account, List<NewInbound> messages, Instant now);

    /** A message as received, with the id it is stored under. */
    record NewInbound(MessageId id, InboundMessage message) {
    }

    Optional<StoredInbound> inbound(MessageId id);

    /** The inbound message has been routed: tied to its contact and conversation, and not to be routed again. */
    void markHandled(MessageId id, ContactId contact, ConversationId conversation, Instant now);

    /** Stores a reply before it is sent, so that a worker that dies after routing still sends it when the job reruns. */
    void queueReply(QueuedReply reply, Instant now);

    List<QueuedReply> queuedRepliesTo(MessageId inbound);

    /**
     * The contact's latest inbound message in the conversation: what a message the bot sends on its own (a timeout
     * notice, a resumed process) answers, and the start of the service window it must fall in.
     */
    Optional<StoredInbound> latestInbound(ConversationId conversation);

    /**
     * Stores an operator's message as queued before it is sent, so that it is kept whatever the provider answers;
     * {@link #replySent} or {@link #replyFailed} then records the outcome.
     */
    void queueOutbound(OperatorMessage message, Instant now);

    void replySent(MessageId reply, ProviderMessageId providerId, Instant at);

    void replyFailed(MessageId reply, ChannelFailure failure, Instant at);

    /** An outbound message by the id the provider gave it, for its delivery reports. */
    Optional<TrackedOutbound> outbound(ChannelAccountId account, ProviderMessageId providerId);

    void updateProgress(MessageId id, DeliveryProgress progress, Instant now);

    /**
     * What routing needs of a stored inbound message. {@code text} is the body of text messages only;
     * {@code choice} the id of the button or list row a contact tapped, and {@code choiceTitle} what that read.
     */
    record StoredInbound(MessageId id, ChannelAccountId account, ProviderMessageId providerId, String type,
                         Optional<String> text, Optional<String> choice, Optional<String> choiceTitle,
                         WhatsAppIdentity from, SenderProfile profile, Instant sentAt, boolean handled) {
        public StoredInbound {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(choice, "choice");
            Objects.requireNonNull(choiceTitle, "choiceTitle");
        }
    }

    /** A reply of the bot, stored before it is sent: a text, or buttons or a list the contact answers by tapping. */
    record QueuedReply(MessageId id, ChannelAccountId account, ConversationId conversation, ContactId contact,
                       WhatsAppIdentity to, OutboundContent content, MessageId replyTo) {
        public QueuedReply {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(content, "content");
            if (!content.isFreeForm() || content instanceof OutboundContent.Media) {
                // Templates and media replies have no stored form yet; bots answer with text and interactive messages.
                throw new IllegalArgumentException("a queued reply is a text or an interactive message");
            }
        }
    }

    /** {@code type} is text or template; {@code body} the text as the contact reads it. */
    record OperatorMessage(MessageId id, ChannelAccountId account, ConversationId conversation, ContactId contact,
                           WhatsAppIdentity to, String type, String body) {
        public OperatorMessage {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(body, "body");
        }
    }

    record TrackedOutbound(MessageId id, Optional<DeliveryProgress> progress) {
    }
}

package io.chatnation.adapter.web.messaging;

import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.messaging.MediaKind;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.StoredMedia;
import io.chatnation.domain.messaging.ThreadMessage;
import io.chatnation.domain.shared.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The inbox as the API shows it. */
final class InboxResponses {

    private InboxResponses() {}

    @Serdeable
    record ContactSummary(String id, @Nullable String name, @Nullable String phone) {}

    @Serdeable
    record Assignee(String id, @Nullable String name) {}

    /** {@code lastMessage} is the last message's text (null for media without caption, locations…), {@code lastMessageType} its type. */
    @Serdeable
    record ConversationResponse(String id, ContactSummary contact, @Nullable String lastMessage,
                                @Nullable String lastMessageType, @Nullable Instant lastMessageAt, int unreadCount,
                                String status, boolean humanTakeover, @Nullable Assignee assignee) {
        static ConversationResponse of(InboxConversation c) {
            return new ConversationResponse(c.id().toString(),
                    new ContactSummary(c.contact().value().toString(), c.contactName().orElse(null), c.phone().orElse(null)),
                    c.lastMessage().orElse(null), c.lastMessageType().orElse(null), c.lastMessageAt().orElse(null),
                    c.unreadCount(), c.state().status().wireName(), c.state().humanTakeover(),
                    c.state().assignee().map(UserId::toString)
                            .map(id -> new Assignee(id, c.assigneeName().orElse(null))).orElse(null));
        }
    }

    /**
     * A message of a thread. {@code media} is present for images, audio, video, documents and stickers: its
     * {@code status} is pending until the worker fetched it, then fetched, too_large, rejected_type or failed (with
     * {@code detail} saying why); {@code url} is where a fetched file is served.
     */
    @Serdeable
    record MessageResponse(String id, String direction, String senderType, String type, @Nullable String body,
                           String status, Instant createdAt, @Nullable Instant sentAt, @Nullable Instant deliveredAt,
                           @Nullable Instant readAt, @Nullable Instant failedAt, @Nullable String error,
                           @Nullable Media media) {
        static MessageResponse of(ThreadMessage m, Optional<StoredMedia> stored) {
            return new MessageResponse(m.id().value().toString(), m.direction(), m.senderType(), m.type(),
                    m.body().orElse(null), m.status(), m.createdAt(), m.sentAt().orElse(null),
                    m.deliveredAt().orElse(null), m.readAt().orElse(null), m.failedAt().orElse(null),
                    m.error().orElse(null), m.mediaKind().map(k -> Media.of(m.id(), k, stored)).orElse(null));
        }
    }

    @Serdeable
    record Media(String kind, String status, @Nullable String url, @Nullable String mimeType,
                 @Nullable Long sizeBytes, @Nullable String filename, @Nullable String detail) {

        static Media of(MessageId message, MediaKind kind, Optional<StoredMedia> stored) {
            if (stored.isEmpty()) {
                return new Media(kind.wireName(), "pending", null, null, null, null, null);
            }
            StoredMedia s = stored.get();
            return new Media(kind.wireName(), s.status().wireName(),
                    s.isStored() ? "/api/v1/messages/" + message.value() + "/media" : null, s.mimeType(),
                    s.sizeBytes().orElse(null), s.filename().orElse(null), s.detail().orElse(null));
        }
    }

    /**
     * A conversation and a page of its thread, oldest first; {@code meta.cursor} fetches the page of older messages
     * (null when this page reaches the first message).
     */
    @Serdeable
    record ThreadResponse(ConversationResponse conversation, List<MessageResponse> messages, Meta meta) {}

    @Serdeable
    record Meta(@Nullable String cursor, int limit) {}

}

package io.chatnation.domain.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message as an agent reads it in a thread. {@code senderType} is contact, bot, agent or system; {@code status} the
 * inbound (received, handled) or outbound (queued, sent, delivered, read, failed) progress; {@code mediaKind} names
 * the kind of attachment (image, audio, video, document, sticker) the message carries, if any.
 */
public record ThreadMessage(MessageId id, String direction, String senderType, String type, Optional<String> body,
                            String status, Instant createdAt, Optional<Instant> sentAt, Optional<Instant> deliveredAt,
                            Optional<Instant> readAt, Optional<Instant> failedAt, Optional<String> error,
                            Optional<MediaKind> mediaKind) {

    public ThreadMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

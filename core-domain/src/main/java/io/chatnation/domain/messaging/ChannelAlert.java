package io.chatnation.domain.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A notification to the organisation's admins about one of its numbers, raised once per incident. */
public record ChannelAlert(UUID id, ChannelAccountId account, String code, String title, String message,
                           Instant raisedAt, Optional<Instant> readAt) {

    public ChannelAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(readAt, "readAt");
    }
}

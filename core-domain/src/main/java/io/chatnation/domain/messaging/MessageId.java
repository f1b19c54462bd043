package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record MessageId(UUID value) {

    public MessageId {
        Objects.requireNonNull(value, "messageId");
    }

    public static MessageId of(String raw) {
        return new MessageId(Uuids.parse("messageId", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

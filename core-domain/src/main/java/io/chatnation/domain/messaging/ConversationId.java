package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record ConversationId(UUID value) {

    public ConversationId {
        Objects.requireNonNull(value, "conversationId");
    }

    public static ConversationId of(String raw) {
        return new ConversationId(Uuids.parse("conversationId", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

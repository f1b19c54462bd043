package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record ChannelAccountId(UUID value) {

    public ChannelAccountId {
        Objects.requireNonNull(value, "channelAccountId");
    }

    public static ChannelAccountId of(String raw) {
        return new ChannelAccountId(Uuids.parse("channelAccountId", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

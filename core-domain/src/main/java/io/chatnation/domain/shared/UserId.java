package io.chatnation.domain.shared;

import java.util.Objects;
import java.util.UUID;

public record UserId(UUID value) {
    public UserId {
        Objects.requireNonNull(value, "user id");
    }

    public static UserId of(String raw) {
        return new UserId(Uuids.parse("userId", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

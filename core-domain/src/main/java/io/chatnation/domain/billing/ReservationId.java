package io.chatnation.domain.billing;

import io.chatnation.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record ReservationId(UUID value) {

    public ReservationId {
        Objects.requireNonNull(value, "reservation id");
    }

    public static ReservationId of(String field, String raw) {
        return new ReservationId(Uuids.parse(field, raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package io.chatnation.domain.billing.alert;

import io.chatnation.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record AlertId(UUID value) {

    public AlertId {
        Objects.requireNonNull(value, "alert id");
    }

    public static AlertId of(String field, String raw) {
        return new AlertId(Uuids.parse(field, raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

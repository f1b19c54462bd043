package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record ContactId(UUID value) {

    public ContactId {
        Objects.requireNonNull(value, "contactId");
    }

    public static ContactId of(String raw) {
        return new ContactId(Uuids.parse("contactId", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

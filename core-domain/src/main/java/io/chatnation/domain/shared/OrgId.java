package io.chatnation.domain.shared;

import java.util.Objects;
import java.util.UUID;

public record OrgId(UUID value) {
    public OrgId {
        Objects.requireNonNull(value, "org id");
    }

    public static OrgId of(String raw) {
        return new OrgId(Uuids.parse("orgId", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

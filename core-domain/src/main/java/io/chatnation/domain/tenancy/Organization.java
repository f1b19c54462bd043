package io.chatnation.domain.tenancy;

import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.OrgId;
import java.time.Instant;

public record Organization(OrgId id, DisplayName name, Instant createdAt) {

    public Organization renamed(DisplayName newName) {
        return new Organization(id, newName, createdAt);
    }
}

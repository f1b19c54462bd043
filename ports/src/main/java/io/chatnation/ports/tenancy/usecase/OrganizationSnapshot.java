package io.chatnation.ports.tenancy.usecase;

import io.chatnation.domain.tenancy.Organization;
import java.util.Map;

final class OrganizationSnapshot {
    private OrganizationSnapshot() {}

    static Map<String, Object> of(Organization o) {
        return Map.of("id", o.id().toString(), "name", o.name().value());
    }
}

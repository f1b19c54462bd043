package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.identity.ApiKey;
import io.chatnation.domain.shared.Permission;
import java.util.LinkedHashMap;
import java.util.Map;

final class ApiKeySnapshot {
    private ApiKeySnapshot() {}

    static Map<String, Object> of(ApiKey k) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", k.id().toString());
        s.put("name", k.name().value());
        s.put("prefix", k.prefix());
        s.put("scopes", k.scopes().stream().map(Permission::code).sorted().toList());
        s.put("revoked", k.isRevoked());
        return s;
    }
}

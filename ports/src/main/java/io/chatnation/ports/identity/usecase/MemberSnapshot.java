package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.identity.Member;
import io.chatnation.domain.shared.PermissionGrant;
import io.chatnation.domain.shared.Role;
import java.util.LinkedHashMap;
import java.util.Map;

/** The audit trail's view of identity records: enough to see what changed, never a secret. */
final class MemberSnapshot {
    private MemberSnapshot() {}

    static Map<String, Object> of(Member m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", m.id().toString());
        s.put("email", m.email().value());
        s.put("name", m.name().value());
        s.put("status", m.status().name());
        s.put("roles", m.roles().stream().map(Role::name).sorted().toList());
        return s;
    }

    static Map<String, Object> of(PermissionGrant g) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", g.id().toString());
        s.put("userId", g.userId().toString());
        s.put("role", g.role().name());
        s.put("module", g.scope().module());
        s.put("entityId", g.scope().entityId().toString());
        return s;
    }
}

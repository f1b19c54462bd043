package io.chatnation.adapter.web.identity;

import io.chatnation.domain.identity.Member;
import io.chatnation.domain.shared.PermissionGrant;
import io.chatnation.domain.shared.Role;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

@Serdeable
public record MemberResponse(String id, String email, String name, String status, List<String> roles,
                             List<GrantResponse> grants, Instant joinedAt) {

    @Serdeable
    public record GrantResponse(String id, String role, String module, String entityId, Instant grantedAt) {
        static GrantResponse of(PermissionGrant g) {
            return new GrantResponse(g.id().toString(), g.role().name(), g.scope().module(), g.scope().entityId().toString(),
                    g.grantedAt());
        }
    }

    static MemberResponse of(Member m) {
        return new MemberResponse(m.id().toString(), m.email().value(), m.name().value(), m.status().name(),
                m.roles().stream().sorted().map(Role::name).toList(), m.grants().stream().map(GrantResponse::of).toList(),
                m.joinedAt());
    }
}

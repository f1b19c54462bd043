package io.chatnation.domain.identity;

import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.PermissionGrant;

import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A user as seen by their organisation: identity, roles and scoped grants. */
public record Member(UserId id, EmailAddress email, DisplayName name, UserStatus status, Set<Role> roles,
                     List<PermissionGrant> grants, Instant joinedAt) {

    public Member {
        roles = Set.copyOf(roles);
        grants = List.copyOf(grants);
    }

    public boolean isOwner() {
        return roles.contains(Role.ORG_OWNER);
    }
}

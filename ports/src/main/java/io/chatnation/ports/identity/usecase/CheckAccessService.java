package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.shared.Access;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.PermissionGrant;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.identity.out.PermissionGrants;
import io.chatnation.ports.identity.out.RoleAssignments;
import java.util.List;
import java.util.Set;

public final class CheckAccessService implements CheckAccess {

    private final RoleAssignments roles;
    private final PermissionGrants grants;

    public CheckAccessService(RoleAssignments roles, PermissionGrants grants) {
        this.roles = roles;
        this.grants = grants;
    }

    @Override
    public Access of(Caller caller) {
        return switch (caller.type()) {
            case SYSTEM -> Access.everything();
            case API -> Access.scopes(caller.apiScopes());
            case USER -> {
                UserId user = new UserId(caller.actorId());
                Set<Role> held = roles.rolesOf(user);
                List<PermissionGrant> scoped = grants.of(user);
                yield Access.ofRoles(held, scoped);
            }
        };
    }
}

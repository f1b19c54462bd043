package io.chatnation.ports.identity.in;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.GrantScope;
import io.chatnation.domain.shared.PermissionGrant;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.UserId;

/** Gives a member a role for one entity only (local rule override). */
public interface GrantScopedRole {

    PermissionGrant grant(Command command);

    record Command(Caller caller, UserId member, Role role, GrantScope scope) {}
}

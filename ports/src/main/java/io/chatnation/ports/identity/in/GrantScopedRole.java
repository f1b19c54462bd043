package io.chatnation.ports.identity.in;

import io.chatnation.domain.identity.Caller;
import io.chatnation.domain.identity.GrantScope;
import io.chatnation.domain.identity.PermissionGrant;
import io.chatnation.domain.identity.Role;
import io.chatnation.domain.shared.UserId;

/** Gives a member a role for one entity only (local rule override). */
public interface GrantScopedRole {

    PermissionGrant grant(Command command);

    record Command(Caller caller, UserId member, Role role, GrantScope scope) {}
}

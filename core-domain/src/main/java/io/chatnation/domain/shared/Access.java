package io.chatnation.domain.shared;

import io.chatnation.domain.shared.AccessDenied;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one caller may do right now: the permissions of its organisation-wide roles plus its scoped
 * grants. A scoped grant only ever adds permissions, and only for its own entity.
 */
public record Access(Set<Role> roles, Set<Permission> permissions, List<PermissionGrant> grants) {

    public Access {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
        grants = List.copyOf(grants);
    }

    public static Access ofRoles(Set<Role> roles, List<PermissionGrant> grants) {
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        roles.forEach(r -> permissions.addAll(r.permissions()));
        return new Access(roles, permissions, grants);
    }

    public static Access everything() {
        return new Access(Set.of(), EnumSet.allOf(Permission.class), List.of());
    }

    public static Access scopes(Set<Permission> scopes) {
        return new Access(Set.of(), scopes, List.of());
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    /** Organisation-wide permission, or a scoped grant of a role holding it for exactly this entity. */
    public boolean allows(Permission permission, GrantScope scope) {
        return allows(permission) || grants.stream()
                .anyMatch(g -> g.scope().equals(scope) && g.role().grants(permission));
    }

    public void require(Permission permission) {
        if (!allows(permission)) {
            throw new AccessDenied("This action needs the '" + permission.code() + "' permission");
        }
    }

    public void require(Permission permission, GrantScope scope) {
        if (!allows(permission, scope)) {
            throw new AccessDenied("This action needs the '" + permission.code() + "' permission for "
                    + scope.module() + " " + scope.entityId());
        }
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}

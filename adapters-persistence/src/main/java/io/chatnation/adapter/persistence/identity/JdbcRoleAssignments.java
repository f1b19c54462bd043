package io.chatnation.adapter.persistence.identity;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.identity.out.RoleAssignments;
import java.util.EnumSet;
import java.util.Set;

public final class JdbcRoleAssignments implements RoleAssignments {

    private final Jdbc jdbc;

    public JdbcRoleAssignments(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Role> rolesOf(UserId user) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.list("select role_key from user_roles where user_id = ?", rs -> rs.getString(1), user.value())
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    @Override
    public void assign(UserId user, Role role) {
        jdbc.update("delete from user_roles where user_id = ? and role_key <> ?", user.value(), role.name());
        jdbc.update("insert into user_roles (user_id, role_key) values (?, ?) on conflict do nothing", user.value(), role.name());
    }

    @Override
    public long countHoldersForUpdate(Role role) {
        return jdbc.list("select user_id from user_roles where role_key = ? for update", rs -> 1, role.name()).size();
    }
}

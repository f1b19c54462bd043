package io.chatnation.adapter.persistence.identity;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.identity.out.RoleAssignments;

public final class JdbcRoleAssignments implements RoleAssignments {

    private final Jdbc jdbc;

    public JdbcRoleAssignments(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void assign(UserId user, Role role) {
        jdbc.update("delete from user_roles where user_id = ? and role_key <> ?", user.value(), role.name());
        jdbc.update("insert into user_roles (user_id, role_key) values (?, ?) on conflict do nothing", user.value(), role.name());
    }

    @Override
    public long countActiveHoldersForUpdate(Role role) {
        return jdbc.list("""
                select r.user_id from user_roles r join users u on u.id = r.user_id
                where r.role_key = ? and u.status = 'ACTIVE'
                for update of r""", rs -> 1, role.name()).size();
    }
}

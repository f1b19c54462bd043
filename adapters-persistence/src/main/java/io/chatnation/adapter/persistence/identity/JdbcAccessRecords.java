package io.chatnation.adapter.persistence.identity;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.shared.Access;
import io.chatnation.domain.shared.PermissionGrant;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.identity.out.AccessRecords;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Roles and grants in one round trip: rows without a grant id are organisation-wide roles. */
public final class JdbcAccessRecords implements AccessRecords {

    private static final String ROLES_AND_GRANTS = """
            select role_key, null::uuid as id, null::uuid as user_id, null::text as module, null::uuid as entity_id,
                   null::uuid as granted_by, null::timestamptz as created_at
            from user_roles where user_id = ?
            union all
            select role_key, id, user_id, module, entity_id, granted_by, created_at
            from permission_grants where user_id = ?
            """;

    private final Jdbc jdbc;

    public JdbcAccessRecords(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Access of(UserId user) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        List<PermissionGrant> grants = new ArrayList<>();
        jdbc.list(ROLES_AND_GRANTS, rs -> {
            if (rs.getObject("id") == null) {
                roles.add(Role.valueOf(rs.getString("role_key")));
            } else {
                grants.add(GrantRows.map(rs));
            }
            return null;
        }, user.value(), user.value());
        return Access.ofRoles(roles, grants);
    }
}

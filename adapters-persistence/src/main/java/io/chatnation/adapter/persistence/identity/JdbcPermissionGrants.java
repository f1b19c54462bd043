package io.chatnation.adapter.persistence.identity;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.shared.PermissionGrant;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.identity.out.PermissionGrants;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class JdbcPermissionGrants implements PermissionGrants {

    private final Jdbc jdbc;

    public JdbcPermissionGrants(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(PermissionGrant g) {
        jdbc.insertUnique("""
                insert into permission_grants (id, user_id, role_key, module, entity_id, granted_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """, "The member already holds this role for this entity",
                g.id(), g.userId().value(), g.role().name(), g.scope().module(), g.scope().entityId(),
                g.grantedBy().value(), g.grantedAt());
    }

    @Override
    public Optional<PermissionGrant> find(UUID id) {
        return jdbc.one("select " + GrantRows.COLUMNS + " from permission_grants where id = ?", GrantRows::map, id);
    }

    @Override
    public void remove(UUID id) {
        jdbc.update("delete from permission_grants where id = ?", id);
    }

    @Override
    public List<PermissionGrant> of(UserId user) {
        return jdbc.list("select " + GrantRows.COLUMNS + " from permission_grants where user_id = ? order by created_at",
                GrantRows::map, user.value());
    }
}

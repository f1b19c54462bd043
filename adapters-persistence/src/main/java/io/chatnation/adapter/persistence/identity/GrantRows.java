package io.chatnation.adapter.persistence.identity;

import io.chatnation.domain.shared.GrantScope;
import io.chatnation.domain.shared.PermissionGrant;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

final class GrantRows {
    private GrantRows() {}

    static final String COLUMNS = "id, user_id, role_key, module, entity_id, granted_by, created_at";

    static PermissionGrant map(ResultSet rs) throws SQLException {
        return new PermissionGrant(rs.getObject("id", UUID.class), new UserId(rs.getObject("user_id", UUID.class)),
                Role.valueOf(rs.getString("role_key")),
                new GrantScope(rs.getString("module"), rs.getObject("entity_id", UUID.class)),
                new UserId(rs.getObject("granted_by", UUID.class)),
                io.chatnation.adapter.persistence.shared.Jdbc.instant(rs, "created_at"));
    }
}

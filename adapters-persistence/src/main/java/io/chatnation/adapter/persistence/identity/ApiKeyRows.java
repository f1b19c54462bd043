package io.chatnation.adapter.persistence.identity;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.identity.ApiKey;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.UUID;

final class ApiKeyRows {
    private ApiKeyRows() {}

    static final String COLUMNS = "id, name, prefix, scopes, created_by, created_at, last_used_at, revoked_at";

    static ApiKey map(ResultSet rs) throws SQLException {
        EnumSet<Permission> scopes = EnumSet.noneOf(Permission.class);
        Jdbc.texts(rs, "scopes").forEach(s -> scopes.add(Permission.parse("scopes", s)));
        return new ApiKey(rs.getObject("id", UUID.class), new DisplayName(rs.getString("name")), rs.getString("prefix"),
                scopes, new UserId(rs.getObject("created_by", UUID.class)), Jdbc.instant(rs, "created_at"),
                Jdbc.optionalInstant(rs, "last_used_at"), Jdbc.optionalInstant(rs, "revoked_at"));
    }
}

package io.chatnation.adapter.persistence.setup;

import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date as its owner, then keeps the role catalogue in step with {@link Role}. */
public final class DatabaseMigrator {

    private DatabaseMigrator() {}

    public record Outcome(int migrationsApplied, String schemaVersion) {}

    public static Outcome migrate(DataSource admin, String appRole) {
        MigrateResult result = Flyway.configure()
                .dataSource(admin)
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", appRole))
                .load()
                .migrate();
        syncRoleCatalogue(admin);
        return new Outcome(result.migrationsExecuted, result.targetSchemaVersion == null
                ? String.valueOf(result.initialSchemaVersion) : result.targetSchemaVersion);
    }

    private static void syncRoleCatalogue(DataSource admin) {
        String upsert = """
                insert into roles (key, title, description, permissions) values (?, ?, ?, ?)
                on conflict (key) do update set title = excluded.title, description = excluded.description,
                                                permissions = excluded.permissions
                """;
        try (Connection c = admin.getConnection(); PreparedStatement ps = c.prepareStatement(upsert)) {
            for (Role role : Role.values()) {
                ps.setString(1, role.name());
                ps.setString(2, role.title());
                ps.setString(3, role.description());
                ps.setArray(4, c.createArrayOf("text", role.permissions().stream().map(Permission::code).sorted().toArray()));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the role catalogue", e);
        }
    }
}

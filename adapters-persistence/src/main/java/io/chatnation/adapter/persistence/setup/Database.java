package io.chatnation.adapter.persistence.setup;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database made ready for the application: started (embedded) or reached (external), the application
 * role in place, and two pools — a small one as schema owner, one as the application role.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Optional<EmbeddedDatabase> embedded;
    private final DatabaseSettings settings;
    private final HikariDataSource admin;
    private final HikariDataSource app;

    private Database(Optional<EmbeddedDatabase> embedded, DatabaseSettings settings, HikariDataSource admin, HikariDataSource app) {
        this.embedded = embedded;
        this.settings = settings;
        this.admin = admin;
        this.app = app;
    }

    /** Opens the database; with {@code migrate}, brings the schema up to date first. */
    public static Database open(DatabaseSettings settings, boolean migrate) {
        Optional<EmbeddedDatabase> embedded = settings.external().isPresent() ? Optional.empty()
                : Optional.of(EmbeddedDatabase.startOrAttach(settings.dataDirectory(), settings.embeddedPort()));
        DatabaseAddress owner = settings.external().orElseGet(() -> embedded.get().admin());
        HikariDataSource admin = ConnectionPools.open(owner, "owner", 2);
        try {
            ApplicationRole.ensure(admin, settings.appRole(), settings.appPassword());
            if (migrate) {
                DatabaseMigrator.Outcome outcome = DatabaseMigrator.migrate(admin, settings.appRole());
                LOG.info("Database schema at version {} ({} migration(s) applied)", outcome.schemaVersion(), outcome.migrationsApplied());
            }
            HikariDataSource app = ConnectionPools.open(owner.as(settings.appRole(), settings.appPassword()), "app", settings.poolSize());
            return new Database(embedded, settings, admin, app);
        } catch (RuntimeException e) {
            admin.close();
            embedded.ifPresent(EmbeddedDatabase::close);
            throw e;
        }
    }

    public DatabaseMigrator.Outcome migrate() {
        return DatabaseMigrator.migrate(admin, settings.appRole());
    }

    /** Connections as the application role: Row-Level Security applies to every statement. */
    public DataSource application() {
        return app;
    }

    public boolean isEmbedded() {
        return embedded.isPresent();
    }

    public String describe() {
        return embedded.map(e -> "embedded PostgreSQL, data in " + settings.dataDirectory().resolve("postgres").toAbsolutePath())
                .orElseGet(() -> "PostgreSQL at " + settings.external().get().jdbcUrl());
    }

    @Override
    public void close() {
        app.close();
        admin.close();
        embedded.ifPresent(EmbeddedDatabase::close);
    }
}

package io.chatnation.adapter.persistence;

import io.chatnation.adapter.persistence.setup.ApplicationRole;
import io.chatnation.adapter.persistence.setup.ConnectionPools;
import io.chatnation.adapter.persistence.setup.DatabaseMigrator;
import io.chatnation.adapter.persistence.setup.EmbeddedDatabase;
import io.chatnation.domain.shared.OrgId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** One migrated embedded PostgreSQL for every test of this module, started on first use. */
public final class TestDatabase {

    public static final String APP_ROLE = "chatnation_app";
    private static final String APP_PASSWORD = "test-" + UUID.randomUUID();

    private static DataSource admin;
    private static DataSource app;

    private TestDatabase() {}

    public static synchronized DataSource admin() {
        start();
        return admin;
    }

    /** Connects as the application role: no table owned, no BYPASSRLS. */
    public static synchronized DataSource app() {
        start();
        return app;
    }

    /** Creates organisations with these ids, as the owner: the application role may not create them. */
    public static void organisations(OrgId... ids) {
        try (Connection c = admin().getConnection(); var s = c.createStatement()) {
            for (OrgId id : ids) {
                s.execute("insert into organizations (id, name, created_at) values ('" + id + "', 'Org', now())");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void start() {
        if (admin != null) {
            return;
        }
        EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(Path.of("target", "test-data-" + UUID.randomUUID()), freePort());
        Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        admin = ConnectionPools.open(db.admin(), "test-admin", 4);
        ApplicationRole.ensure(admin, APP_ROLE, APP_PASSWORD);
        DatabaseMigrator.migrate(admin, APP_ROLE);
        app = ConnectionPools.open(db.admin().as(APP_ROLE, APP_PASSWORD), "test-app", 8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

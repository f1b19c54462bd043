package io.chatnation.adapter.persistence.setup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL from the binaries shipped in a Maven artifact, with its data in a folder that survives
 * restarts. When another process (the server, while the CLI runs) already serves that folder, this
 * attaches to it instead of starting a second server on the same files.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String SUPERUSER = "postgres";

    private final Optional<EmbeddedPostgres> owned;
    private final DatabaseAddress admin;

    private EmbeddedDatabase(Optional<EmbeddedPostgres> owned, DatabaseAddress admin) {
        this.owned = owned;
        this.admin = admin;
    }

    public static EmbeddedDatabase startOrAttach(Path dataDirectory, int port) {
        Path cluster = dataDirectory.resolve("postgres").toAbsolutePath();
        DatabaseAddress admin = new DatabaseAddress("jdbc:postgresql://localhost:" + port + "/postgres", SUPERUSER, "");
        if (Files.exists(cluster.resolve("postmaster.pid")) && accepts(admin)) {
            LOG.info("Using the embedded PostgreSQL already running on port {} for {}", port, cluster);
            return new EmbeddedDatabase(Optional.empty(), admin);
        }
        try {
            Files.createDirectories(cluster);
            Path runtime = dataDirectory.resolve("postgres-runtime").toAbsolutePath();
            Files.createDirectories(runtime);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster.toFile())
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(runtime.toFile())
                    .setPort(port)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("fsync", "on")
                    // Commits return before their WAL reaches the disk (at most ~0.6 s behind): a crash of the
                    // server process loses nothing; a crash of PostgreSQL or of the machine can lose that last
                    // fraction of a second but never corrupts the data. Work that must survive even that (an
                    // acknowledged webhook's job) asks for a synchronous commit on its own transaction. The
                    // embedded default trades the rest for not waiting a disk flush per wallet operation;
                    // production runs an external PostgreSQL.
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            LOG.info("Embedded PostgreSQL started on port {} with its data in {}", port, cluster);
            return new EmbeddedDatabase(Optional.of(postgres), admin);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + cluster
                    + " on port " + port + " (is another program using that port?)", e);
        }
    }

    private static boolean accepts(DatabaseAddress address) {
        try (var ignored = DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The superuser address: it owns the schema and runs migrations. */
    public DatabaseAddress admin() {
        return admin;
    }

    @Override
    public void close() {
        owned.ifPresent(postgres -> {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        });
    }
}

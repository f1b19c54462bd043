package io.chatnation.bench.wallet;

import io.chatnation.adapter.persistence.setup.Database;
import io.chatnation.adapter.persistence.setup.DatabaseAddress;
import io.chatnation.adapter.persistence.setup.DatabaseSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The database the benchmark runs on, set up exactly as the server sets up its own (application role, migrations,
 * HikariCP pool): a fresh embedded PostgreSQL under {@code target/}, or a fresh database on an existing server.
 */
final class BenchDatabase {

    static final String DATABASE = "chatnation_wallet_bench";
    static final String APP_ROLE = "chatnation_bench_app";

    private BenchDatabase() {}

    /** @param scratch where an embedded server keeps its files for this run (removed by {@link #remove}) */
    static Database open(BenchOptions options, Path scratch) {
        String password = "bench-" + UUID.randomUUID();
        if (options.embedded()) {
            return Database.open(new DatabaseSettings(Optional.empty(), scratch, freePort(), APP_ROLE, password, options.threads()), true);
        }
        DatabaseAddress server = new DatabaseAddress(options.db(), options.user(), options.password());
        recreateDatabase(server);
        DatabaseAddress bench = new DatabaseAddress(withDatabase(options.db(), DATABASE), options.user(), options.password());
        return Database.open(new DatabaseSettings(Optional.of(bench), scratch, 0, APP_ROLE, password, options.threads()), true);
    }

    /** Deletes a finished run's embedded cluster: a benchmark's data is worth nothing afterwards. */
    static void remove(Path scratch) {
        if (!Files.exists(scratch)) {
            return;
        }
        try (Stream<Path> files = Files.walk(scratch)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.err.println("wallet-bench: could not remove " + scratch + ": " + e.getMessage());
        }
    }

    /** What the results should say about the server: version and durability settings. */
    static String serverSettings(javax.sql.DataSource app) {
        try (Connection c = app.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select split_part(version(), ' on ', 1), current_setting('fsync'), "
                     + "current_setting('synchronous_commit'), current_setting('shared_buffers')")) {
            rs.next();
            return rs.getString(1) + ", fsync=" + rs.getString(2) + ", synchronous_commit=" + rs.getString(3)
                    + ", shared_buffers=" + rs.getString(4);
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static void recreateDatabase(DatabaseAddress server) {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
            s.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + DATABASE + " on " + server + ": " + e.getMessage(), e);
        }
    }

    /** The same server URL pointing at another database: jdbc:postgresql://host:port/db?params. */
    static String withDatabase(String url, String database) {
        String prefix = "jdbc:postgresql://";
        int slash = url.indexOf('/', prefix.length());
        int query = url.indexOf('?');
        String hostPort = slash < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, slash);
        String params = query < 0 ? "" : url.substring(query);
        return hostPort + "/" + database + params;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

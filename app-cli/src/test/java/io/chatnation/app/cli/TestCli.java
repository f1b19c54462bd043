package io.chatnation.app.cli;

import io.chatnation.app.server.RuntimeDefaults;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CLI as its users run it, in-process: the same application context and command line as {@code main}, on one
 * embedded PostgreSQL in a data folder under target/ that every test class shares (started once, on first use).
 * Each test creates its own organisation, so tests never depend on each other's data.
 */
final class TestCli {

    private static final Path DATA = Path.of("target", "cli-test-data-" + UUID.randomUUID());
    private static ApplicationContext context;
    private static int port;

    private TestCli() {}

    record Run(int exitCode, String out, String err) {

        /** The first group of {@code regex} in stdout; fails the test when stdout does not have it. */
        String find(String regex) {
            Matcher m = Pattern.compile(regex).matcher(out);
            if (!m.find()) {
                throw new AssertionError("No match for " + regex + " in:\n" + out + "\nstderr:\n" + err);
            }
            return m.group(1);
        }
    }

    static synchronized ApplicationContext context() {
        if (context == null) {
            port = freePort();
            context = ChatNationCli.startContext(properties(Map.of(
                    "chatnation.database.embedded-port", port,
                    "chatnation.database.pool-size", 4)));
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        }
        return context;
    }

    /** The shared platform's settings plus {@code overrides}: for a context of a test's own (another database). */
    static Map<String, Object> properties(Map<String, Object> overrides) {
        Map<String, Object> properties = new HashMap<>(RuntimeDefaults.properties(name ->
                "CHATNATION_DATA_DIR".equals(name) ? DATA.toString() : null));
        properties.putAll(overrides);
        return properties;
    }

    static Run run(String... args) {
        return run(context(), args);
    }

    static Run run(ApplicationContext on, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = ChatNationCli.commandLine(on, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** A new organisation through the CLI itself; returns its id. */
    static String newOrganisation(String name) {
        Run run = run("org", "create", "--name", name, "--owner-email", uniqueEmail("owner"), "--owner-name", "Owner",
                "--owner-password", "a long passphrase");
        if (run.exitCode() != 0) {
            throw new AssertionError("org create failed: " + run.err());
        }
        return run.find("with id ([0-9a-f-]{36})");
    }

    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    static int embeddedPort() {
        context();
        return port;
    }

    /** Rows as the database superuser, past every row-level policy: what was really written. */
    static List<Map<String, Object>> rows(String sql, Object... params) {
        return rowsIn("postgres", sql, params);
    }

    static List<Map<String, Object>> rowsIn(String database, String sql, Object... params) {
        try (Connection c = superuser(database); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        row.put(rs.getMetaData().getColumnLabel(i), value instanceof java.sql.Array a ? List.of((Object[]) a.getArray()) : value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql, Object... params) {
        return ((Number) rows(sql, params).get(0).values().iterator().next()).longValue();
    }

    static void executeAsSuperuser(String sql) {
        try (Connection c = superuser("postgres"); var s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Row counts of every table a command may write, to show that a refused command wrote nothing. */
    static Map<String, Long> tableSizes() {
        context().getBean(DatabaseConnection.class).open();
        Map<String, Long> sizes = new HashMap<>();
        for (String table : List.of("organizations", "users", "user_roles", "api_keys", "audit_logs")) {
            sizes.put(table, count("select count(*) from " + table));
        }
        return sizes;
    }

    private static Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + embeddedPort() + "/" + database, "postgres", "");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

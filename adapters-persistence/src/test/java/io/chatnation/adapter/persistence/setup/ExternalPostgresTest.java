package io.chatnation.adapter.persistence.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production mode: an external PostgreSQL (the machine's own server, as in CI) reached by URL. A fresh
 * database is created for the test and dropped afterwards. Override the server with
 * {@code TEST_EXTERNAL_POSTGRES_URL}/{@code _USER}/{@code _PASSWORD}.
 */
class ExternalPostgresTest {

    static final String SERVER = env("TEST_EXTERNAL_POSTGRES_URL", "jdbc:postgresql://localhost:5432/postgres");
    static final String USER = env("TEST_EXTERNAL_POSTGRES_USER", "postgres");
    static final String PASSWORD = env("TEST_EXTERNAL_POSTGRES_PASSWORD", "");
    static final String DATABASE = "chatnation_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    static final String APP_ROLE = "chatnation_app_test";

    static Database database;

    @BeforeAll
    static void freshDatabase() throws SQLException {
        execute("create database " + DATABASE);
        DatabaseAddress owner = new DatabaseAddress(SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + DATABASE, USER, PASSWORD);
        database = Database.open(new DatabaseSettings(Optional.of(owner), Path.of("target", "unused"), 0, APP_ROLE,
                "external-" + UUID.randomUUID(), 2), true);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
        execute("drop database if exists " + DATABASE + " with (force)");
    }

    @Test
    void the_schema_is_migrated_on_an_external_server_and_the_application_role_is_fenced_by_row_level_security() throws SQLException {
        assertThat(database.isEmbedded()).isFalse();
        assertThat(database.describe()).contains(DATABASE);
        try (Connection c = database.application().getConnection(); var s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select current_user, (select rolbypassrls from pg_roles where rolname = current_user)")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(APP_ROLE);
                assertThat(rs.getBoolean(2)).isFalse();
            }
            try (ResultSet rs = s.executeQuery("select count(*) from roles")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(9);
            }
        }
        assertThat(database.migrate().migrationsApplied()).as("a second migration finds nothing to do").isZero();
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

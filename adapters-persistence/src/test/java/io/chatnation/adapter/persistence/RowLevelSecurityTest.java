package io.chatnation.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Raw SQL as the application role, bound to organisation A, against organisation B's rows in every
 * tenant table: nothing can be read, written, changed or deleted.
 */
class RowLevelSecurityTest {

    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final UUID USER_A = UUID.randomUUID();
    static final UUID USER_B = UUID.randomUUID();

    /** A tenant table, how to insert a row for an organisation, and a column safe to update. */
    record Table(String name, String orgColumn, Function<UUID, String> insertFor, String update) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Table> tenantTables() {
        return List.of(
                new Table("organizations", "id",
                        org -> "insert into organizations (id, name, created_at) values ('" + org + "', 'X', now())",
                        "name = 'renamed'"),
                new Table("users", "org_id",
                        org -> "insert into users (id, org_id, email, name, status, password_hash, created_at, updated_at) values ('"
                                + UUID.randomUUID() + "', '" + org + "', '" + UUID.randomUUID() + "@x.io', 'X', 'ACTIVE', 'h', now(), now())",
                        "name = 'renamed'"),
                new Table("user_roles", "org_id",
                        org -> "insert into user_roles (org_id, user_id, role_key) values ('" + org + "', '"
                                + (org.equals(A) ? USER_A : USER_B) + "', 'VIEWER')",
                        "role_key = 'VIEWER'"),
                new Table("permission_grants", "org_id",
                        org -> "insert into permission_grants (id, org_id, user_id, role_key, module, entity_id, granted_by, created_at) values ('"
                                + UUID.randomUUID() + "', '" + org + "', '" + (org.equals(A) ? USER_A : USER_B)
                                + "', 'EXHIBITOR_ADMIN', 'exhibitors', '" + UUID.randomUUID() + "', '" + UUID.randomUUID() + "', now())",
                        "module = 'events'"),
                new Table("api_keys", "org_id",
                        org -> "insert into api_keys (id, org_id, name, prefix, secret_digest, scopes, created_by, created_at) values ('"
                                + UUID.randomUUID() + "', '" + org + "', 'k', '" + UUID.randomUUID().toString().substring(0, 12)
                                + "', 'd', '{org:read}', '" + UUID.randomUUID() + "', now())",
                        "name = 'renamed'"),
                new Table("refresh_tokens", "org_id",
                        org -> "insert into refresh_tokens (id, org_id, user_id, family_id, token_digest, issued_at, expires_at) values ('"
                                + UUID.randomUUID() + "', '" + org + "', '" + (org.equals(A) ? USER_A : USER_B) + "', '"
                                + UUID.randomUUID() + "', '" + UUID.randomUUID() + "', now(), now() + interval '1 day')",
                        "revoked_at = now()"),
                new Table("audit_logs", "org_id",
                        org -> "insert into audit_logs (id, org_id, actor_id, actor_type, action, entity_type, occurred_at) values ('"
                                + UUID.randomUUID() + "', '" + org + "', '" + UUID.randomUUID() + "', 'system', 'test.seeded', 'test', now())",
                        "action = 'test.changed'"));
    }

    @BeforeAll
    static void seedTwoOrganisations() throws SQLException {
        try (Connection c = TestDatabase.admin().getConnection(); var s = c.createStatement()) {
            for (UUID org : List.of(A, B)) {
                s.execute("insert into organizations (id, name, created_at) values ('" + org + "', 'Org', now())");
            }
            s.execute("insert into users (id, org_id, email, name, status, password_hash, created_at, updated_at) values ('"
                    + USER_A + "', '" + A + "', '" + USER_A + "@a.io', 'A', 'ACTIVE', 'h', now(), now())");
            s.execute("insert into users (id, org_id, email, name, status, password_hash, created_at, updated_at) values ('"
                    + USER_B + "', '" + B + "', '" + USER_B + "@b.io', 'B', 'ACTIVE', 'h', now(), now())");
            for (Table t : tenantTables()) {
                if (!t.name().equals("organizations")) {
                    s.execute(t.insertFor().apply(A).replace("'VIEWER')", "'ORG_OWNER')"));
                    s.execute(t.insertFor().apply(B).replace("'VIEWER')", "'ORG_OWNER')"));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenantTables")
    void organisation_A_cannot_select_organisation_Bs_rows(Table t) throws SQLException {
        assertThat(countAsApp(A, "select count(*) from " + t.name() + " where " + t.orgColumn() + " = '" + B + "'")).isZero();
        assertThat(countAsApp(A, "select count(*) from " + t.name() + " where " + t.orgColumn() + " <> '" + A + "'")).isZero();
        assertThat(countAsApp(A, "select count(*) from " + t.name())).isPositive();
        assertThat(countAsAdmin("select count(*) from " + t.name() + " where " + t.orgColumn() + " = '" + B + "'")).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenantTables")
    void organisation_A_cannot_insert_rows_for_organisation_B(Table t) {
        assertThatThrownBy(() -> executeAsApp(A, t.insertFor().apply(B)))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("42501", "23503"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenantTables")
    void organisation_A_cannot_update_organisation_Bs_rows(Table t) throws SQLException {
        long before = countAsAdmin("select count(*) from " + t.name() + " where " + t.orgColumn() + " = '" + B + "'");
        if (t.name().equals("audit_logs")) {
            assertThatThrownBy(() -> executeAsApp(A, "update audit_logs set " + t.update())).isInstanceOf(SQLException.class);
        } else {
            assertThat(executeAsApp(A, "update " + t.name() + " set " + t.update() + " where " + t.orgColumn() + " = '" + B + "'")).isZero();
            executeAsApp(A, "update " + t.name() + " set " + t.update());
        }
        assertThat(countAsAdmin("select count(*) from " + t.name() + " where " + t.orgColumn() + " = '" + B + "'")).isEqualTo(before);
        if (t.name().equals("organizations") || t.name().equals("users") || t.name().equals("api_keys")) {
            assertThat(countAsAdmin("select count(*) from " + t.name() + " where " + t.orgColumn() + " = '" + B + "' and name = 'renamed'")).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenantTables")
    void organisation_A_cannot_delete_organisation_Bs_rows(Table t) throws SQLException {
        long before = countAsAdmin("select count(*) from " + t.name() + " where " + t.orgColumn() + " = '" + B + "'");
        if (t.name().equals("audit_logs")) {
            assertThatThrownBy(() -> executeAsApp(A, "delete from audit_logs where org_id = '" + B + "'")).isInstanceOf(SQLException.class);
        } else {
            assertThat(executeAsApp(A, "delete from " + t.name() + " where " + t.orgColumn() + " = '" + B + "'")).isZero();
        }
        assertThat(countAsAdmin("select count(*) from " + t.name() + " where " + t.orgColumn() + " = '" + B + "'")).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenantTables")
    void without_an_organisation_the_application_sees_nothing(Table t) throws SQLException {
        try (Connection c = TestDatabase.app().getConnection(); var s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + t.name())) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void the_application_role_owns_no_table_and_cannot_bypass_row_level_security() throws SQLException {
        assertThat(countAsAdmin("select count(*) from pg_tables where schemaname = 'public' and tableowner = '" + TestDatabase.APP_ROLE + "'")).isZero();
        assertThat(countAsAdmin("select count(*) from pg_roles where rolname = '" + TestDatabase.APP_ROLE
                + "' and (rolbypassrls or rolsuper or rolcreaterole or rolcreatedb)")).isZero();
        assertThat(countAsAdmin("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and c.relkind = 'r' and c.relname in ('organizations','users','user_roles',"
                + "'permission_grants','api_keys','refresh_tokens','audit_logs') and c.relrowsecurity")).isEqualTo(7);
    }

    @Test
    void the_organisation_of_a_new_row_comes_from_the_transaction_not_the_statement() throws SQLException {
        UUID key = UUID.randomUUID();
        inOrg(TestDatabase.app(), A, true, c -> {
            try (var s = c.createStatement()) {
                return s.executeUpdate("insert into api_keys (id, name, prefix, secret_digest, scopes, created_by, created_at) values ('"
                        + key + "', 'k', 'abcdefabcdef', 'd', '{org:read}', '" + USER_A + "', now())");
            }
        });
        assertThat(countAsAdmin("select count(*) from api_keys where id = '" + key + "' and org_id = '" + A + "'")).isEqualTo(1);
    }

    private static long countAsApp(UUID org, String sql) throws SQLException {
        return inOrg(TestDatabase.app(), org, false, c -> {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static int executeAsApp(UUID org, String sql) throws SQLException {
        return inOrg(TestDatabase.app(), org, false, c -> {
            try (var s = c.createStatement()) {
                return s.executeUpdate(sql);
            }
        });
    }

    private static long countAsAdmin(String sql) throws SQLException {
        try (Connection c = TestDatabase.admin().getConnection(); var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs in one transaction bound to {@code org}; rolled back unless {@code commit}, so tests stay independent. */
    private static <T> T inOrg(DataSource ds, UUID org, boolean commit, SqlWork<T> work) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("select set_config('app.current_org', ?, true)")) {
                ps.setString(1, org.toString());
                ps.execute();
            }
            try {
                T result = work.run(c);
                if (commit) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return result;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}

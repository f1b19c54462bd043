package io.chatnation.adapter.persistence.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.adapter.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The messaging tables under Row-Level Security: raw SQL as the application role, bound to organisation A, against
 * organisation B's channel accounts, contacts, conversations, messages and jobs. Only the webhook-key lookup crosses
 * organisations, and it answers nothing but the account and its organisation.
 */
class MessagingRowLevelSecurityTest {

    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final Map<UUID, UUID> CONTACT = Map.of(A, UUID.randomUUID(), B, UUID.randomUUID());
    static final String KEY_B = "k".repeat(20) + UUID.randomUUID().toString().replace("-", "");

    /** A messaging table, how to insert a row for an organisation, and a column safe to update (null: no updates). */
    record Table(String name, Function<UUID, String> insertFor, String update) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Table> messagingTables() {
        return List.of(
                new Table("channel_accounts", org -> "insert into channel_accounts (id, org_id, provider, phone_number_id, "
                        + "waba_id, display_number, webhook_key, access_token, app_secret, verify_token, created_by, created_at) "
                        + "values ('" + UUID.randomUUID() + "', '" + org + "', 'whatsapp_cloud', '" + digits() + "', '1', "
                        + "'+254712345678', '" + (org.equals(B) && !seeded ? KEY_B : "w" + UUID.randomUUID().toString().replace("-", ""))
                        + "', '\\x00', '\\x00', '\\x00', '" + UUID.randomUUID() + "', now())", null),
                new Table("contacts", org -> "insert into contacts (id, org_id, phone, created_at, updated_at) values ('"
                        + (seeded ? UUID.randomUUID() : CONTACT.get(org)) + "', '" + org + "', '+2547" + digits().substring(0, 8)
                        + "', now(), now())", "opted_out = true"),
                new Table("conversations", org -> "insert into conversations (id, org_id, contact_id, created_at, updated_at) "
                        + "values ('" + UUID.randomUUID() + "', '" + org + "', '" + CONTACT.get(org) + "', now(), now())",
                        "current_state = 'WAITING'"),
                new Table("messages", org -> "insert into messages (id, org_id, direction, sender_type, type, peer_phone, "
                        + "status, created_at, updated_at) values ('" + UUID.randomUUID() + "', '" + org
                        + "', 'inbound', 'contact', 'text', '+254712345678', 'received', now(), now())", "body = 'changed'"),
                new Table("jobs", org -> "insert into jobs (org_id, queue, ordering_key, payload, run_after, created_at) values ('"
                        + org + "', 'rls-test', 'k', '{}', now(), now())", "attempts = 99"),
                new Table("contact_consent_events", org -> "insert into contact_consent_events (org_id, contact_id, opted_out, "
                        + "source, occurred_at) values ('" + org + "', '" + CONTACT.get(org) + "', true, 'rls-test', now())", null),
                // Media outcomes are insert-only for the application: no updates, and deletes only by cascade.
                new Table("message_media", org -> "with m as (insert into messages (id, org_id, direction, sender_type, "
                        + "type, peer_phone, status, created_at, updated_at) values ('" + UUID.randomUUID() + "', '" + org
                        + "', 'inbound', 'contact', 'image', '+254712345678', 'received', now(), now()) returning id) "
                        + "insert into message_media (message_id, org_id, kind, status, provider_media_id, mime_type, "
                        + "detail, recorded_at) select id, '" + org + "', 'image', 'failed', 'rls-test', 'image/jpeg', "
                        + "'rls-test', now() from m", null),
                new Table("contact_settings", org -> "insert into contact_settings (org_id, default_region, updated_at) values ('"
                        + org + "', 'KE', now()) on conflict (org_id) do update set updated_at = now()", "default_region = 'GB'"));
    }

    static boolean seeded;

    /** The tables the application may delete from at all (contacts and messages for deletion and erasure). */
    static final java.util.Set<String> DELETABLE = java.util.Set.of("channel_accounts", "contacts", "messages", "jobs");

    static String digits() {
        return Long.toString(1_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 8_999_999_999L));
    }

    @BeforeAll
    static void seedTwoOrganisations() throws SQLException {
        try (Connection c = TestDatabase.admin().getConnection(); var s = c.createStatement()) {
            for (UUID org : List.of(A, B)) {
                s.execute("insert into organizations (id, name, created_at) values ('" + org + "', 'Org', now())");
            }
            for (Table t : messagingTables()) {
                s.execute(t.insertFor().apply(A));
                s.execute(t.insertFor().apply(B));
            }
        }
        seeded = true;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messagingTables")
    void organisation_A_cannot_see_insert_change_or_delete_organisation_Bs_rows(Table t) throws SQLException {
        String ofB = "select count(*) from " + t.name() + " where org_id = '" + B + "'";
        long before = countAsAdmin(ofB);

        assertThat(countAsApp(A, ofB)).isZero();
        assertThat(countAsApp(A, "select count(*) from " + t.name())).isPositive();
        assertThatThrownBy(() -> executeAsApp(A, t.insertFor().apply(B))).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("42501", "23503"));
        if (t.update() == null) {
            // Accounts are replaced and consent history only appended: the application may not update them at all.
            assertThatThrownBy(() -> executeAsApp(A, "update " + t.name() + " set org_id = org_id")).isInstanceOf(SQLException.class);
        } else {
            assertThat(executeAsApp(A, "update " + t.name() + " set " + t.update() + " where org_id = '" + B + "'")).isZero();
        }
        if (DELETABLE.contains(t.name())) {
            assertThat(executeAsApp(A, "delete from " + t.name() + " where org_id = '" + B + "'")).isZero();
        }
        assertThat(countAsAdmin(ofB)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messagingTables")
    void without_an_organisation_the_application_sees_nothing(Table t) throws SQLException {
        try (Connection c = TestDatabase.app().getConnection(); var s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + t.name())) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void the_webhook_key_lookup_finds_the_account_and_its_organisation_without_one_and_nothing_for_other_keys()
            throws SQLException {
        try (Connection c = TestDatabase.app().getConnection();
             PreparedStatement ps = c.prepareStatement("select org_id from messaging_account_by_webhook_key(?)")) {
            ps.setString(1, KEY_B);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(1, UUID.class)).isEqualTo(B);
            }
            ps.setString(1, KEY_B + "x");
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void every_messaging_table_has_row_level_security_switched_on() throws SQLException {
        assertThat(countAsAdmin("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and c.relkind = 'r' and c.relname in ('channel_accounts','contacts',"
                + "'conversations','messages','jobs') and c.relrowsecurity")).isEqualTo(5);
    }

    private static long countAsApp(UUID org, String sql) throws SQLException {
        try (Connection c = TestDatabase.app().getConnection()) {
            c.setAutoCommit(false);
            bind(c, org);
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            } finally {
                c.rollback();
            }
        }
    }

    private static int executeAsApp(UUID org, String sql) throws SQLException {
        try (Connection c = TestDatabase.app().getConnection()) {
            c.setAutoCommit(false);
            bind(c, org);
            try (var s = c.createStatement()) {
                return s.executeUpdate(sql);
            } finally {
                c.rollback();
            }
        }
    }

    private static void bind(Connection c, UUID org) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select set_config('app.current_org', ?, true)")) {
            ps.setString(1, org.toString());
            ps.execute();
        }
    }

    private static long countAsAdmin(String sql) throws SQLException {
        try (Connection c = TestDatabase.admin().getConnection(); var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

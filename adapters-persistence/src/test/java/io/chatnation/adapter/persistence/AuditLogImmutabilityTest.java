package io.chatnation.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Even the schema owner, who bypasses every grant and policy, cannot change or remove an audit entry. */
class AuditLogImmutabilityTest {

    static final UUID ORG = UUID.randomUUID();
    static final UUID ENTRY = UUID.randomUUID();

    @BeforeAll
    static void oneEntry() throws SQLException {
        execute("insert into organizations (id, name, created_at) values ('" + ORG + "', 'Audited', now())");
        execute("insert into audit_logs (id, org_id, actor_id, actor_type, action, entity_type, occurred_at) values ('"
                + ENTRY + "', '" + ORG + "', '" + UUID.randomUUID() + "', 'user', 'member.added', 'user', now())");
    }

    @Test
    void an_update_of_an_audit_entry_is_refused_by_the_trigger() {
        assertThatThrownBy(() -> execute("update audit_logs set action = 'member.hidden' where id = '" + ENTRY + "'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("audit_logs is insert-only: UPDATE");
        assertThat(actionOfEntry()).isEqualTo("member.added");
    }

    @Test
    void a_delete_of_an_audit_entry_is_refused_by_the_trigger() {
        assertThatThrownBy(() -> execute("delete from audit_logs where id = '" + ENTRY + "'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("audit_logs is insert-only: DELETE");
        assertThat(actionOfEntry()).isEqualTo("member.added");
    }

    @Test
    void truncating_the_audit_trail_is_refused_by_the_trigger() {
        assertThatThrownBy(() -> execute("truncate audit_logs"))
                .isInstanceOf(SQLException.class).hasMessageContaining("audit_logs is insert-only: TRUNCATE");
        assertThat(actionOfEntry()).isEqualTo("member.added");
    }

    private static String actionOfEntry() {
        try (Connection c = TestDatabase.admin().getConnection(); var s = c.createStatement();
             ResultSet rs = s.executeQuery("select action from audit_logs where id = '" + ENTRY + "'")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = TestDatabase.admin().getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

package io.chatnation.adapter.persistence.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.adapter.persistence.TestDatabase;
import io.chatnation.domain.shared.Caller;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Even the schema owner, past every grant and policy, cannot change, remove or truncate a ledger line. */
class TokenLedgerAppendOnlyTest {

    static Caller org;

    @BeforeAll
    static void oneLine() {
        org = BillingFixture.newOrganisation();
        new BillingFixture().buy(org, "25");
    }

    @Test
    void an_update_of_a_ledger_line_is_refused() {
        assertThatThrownBy(() -> execute("update token_transactions set amount = 1 where org_id = '" + org.orgId() + "'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("token_transactions is append-only: UPDATE");
        assertThat(amount()).isEqualTo(25_000);
    }

    @Test
    void a_delete_of_a_ledger_line_is_refused() {
        assertThatThrownBy(() -> execute("delete from token_transactions where org_id = '" + org.orgId() + "'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("token_transactions is append-only: DELETE");
        assertThat(amount()).isEqualTo(25_000);
    }

    @Test
    void truncating_the_ledger_is_refused() {
        assertThatThrownBy(() -> execute("truncate token_transactions cascade"))
                .isInstanceOf(SQLException.class).hasMessageContaining("token_transactions is append-only: TRUNCATE");
        assertThat(amount()).isEqualTo(25_000);
    }

    private static long amount() {
        return BillingFixture.superuserLong("select sum(amount) from token_transactions where org_id = ?", org.orgId().value());
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = TestDatabase.admin().getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

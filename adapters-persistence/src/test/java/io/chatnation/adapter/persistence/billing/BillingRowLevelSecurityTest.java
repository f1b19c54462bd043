package io.chatnation.adapter.persistence.billing;

import static io.chatnation.adapter.persistence.billing.BillingFixture.superuserLong;
import static io.chatnation.adapter.persistence.billing.BillingFixture.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.adapter.persistence.TestDatabase;
import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.TransactionFilter;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.ports.billing.in.ListTokenTransactions;
import io.chatnation.ports.billing.in.SetPrice;
import io.chatnation.ports.billing.in.SettleReservation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Organisation A, as the application role, against organisation B's billing rows: nothing of B's can be read,
 * written, changed or deleted, through the use cases or in raw SQL.
 */
class BillingRowLevelSecurityTest {

    static final BillingFixture BILLING = new BillingFixture();
    static Caller a;
    static Caller b;
    static WalletId walletOfB;
    static io.chatnation.domain.billing.ReservationId reservationOfB;

    @BeforeAll
    static void twoOrganisationsWithBillingHistory() {
        a = BillingFixture.newOrganisation();
        b = BillingFixture.newOrganisation();
        for (Caller org : List.of(a, b)) {
            BILLING.buy(org, "100");
            BILLING.setPrice.set(new SetPrice.Command(org, BillableAction.BROADCAST, Optional.of(tokens("4"))));
        }
        walletOfB = BILLING.main(b).id();
        reservationOfB = BILLING.reserve.reserve(BILLING.reservation(b, "10")).reservation();
        BILLING.reserve.reserve(BILLING.reservation(a, "10"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wallets", "token_transactions", "token_reservations", "token_prices"})
    void organisation_A_sees_only_its_own_rows(String table) throws SQLException {
        assertThat(asApp(a.orgId().value(), "select count(*) from " + table + " where org_id = '" + b.orgId() + "'")).isZero();
        assertThat(asApp(a.orgId().value(), "select count(*) from " + table)).isPositive();
        assertThat(asApp(null, "select count(*) from " + table)).as("without an organisation").isZero();
        assertThat(superuserLong("select count(*) from " + table + " where org_id = ?", b.orgId().value())).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wallets", "token_reservations", "token_prices"})
    void organisation_A_can_neither_change_nor_delete_organisation_Bs_rows(String table) throws SQLException {
        String change = switch (table) {
            case "wallets" -> "balance = balance + 1000000";
            case "token_reservations" -> "amount = amount + 1";
            default -> "price = 0";
        };
        assertThat(asApp(a.orgId().value(), "update " + table + " set " + change + " where org_id = '" + b.orgId() + "'")).isZero();
        if (table.equals("token_prices")) {
            assertThat(asApp(a.orgId().value(), "delete from token_prices where org_id = '" + b.orgId() + "'")).isZero();
        }
        assertThat(superuserLong("select balance from wallets where id = ?", walletOfB.value())).isEqualTo(tokens("100").milli());
        assertThat(superuserLong("select count(*) from token_prices where org_id = ? and price = 4000", b.orgId().value())).isEqualTo(1);
    }

    @Test
    void organisation_A_cannot_write_rows_for_organisation_B() {
        assertThatThrownBy(() -> asApp(a.orgId().value(), "insert into wallets (id, org_id, kind, name, created_at, updated_at) values ('"
                + UUID.randomUUID() + "', '" + b.orgId() + "', 'sub', 'Planted', now(), now())"))
                .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        assertThatThrownBy(() -> asApp(a.orgId().value(), "insert into token_prices (org_id, action, price, updated_at) values ('"
                + b.orgId() + "', 'broadcast', 0, now())")).isInstanceOf(SQLException.class);
    }

    @Test
    void the_use_cases_of_organisation_A_cannot_reach_organisation_Bs_wallet_or_reservation() {
        assertThatThrownBy(() -> BILLING.showWallet.show(a, Optional.of(walletOfB))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> BILLING.settle.settle(new SettleReservation.Command(a, reservationOfB, tokens("1"), BillingFixture.key())))
                .isInstanceOf(NotFound.class);
        var filter = new TransactionFilter(Optional.of(walletOfB), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(BILLING.transactions.list(new ListTokenTransactions.Query(a, filter, PageRequest.first(50))).items()).isEmpty();
        assertThat(BILLING.main(b).reserved()).isEqualTo(tokens("10"));
    }

    @Test
    void every_billing_table_has_row_level_security_and_the_application_cannot_rewrite_the_ledger() throws SQLException {
        assertThat(superuserLong("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity and c.relname in "
                + "('wallets', 'token_transactions', 'token_reservations', 'token_prices')")).isEqualTo(4);
        assertThat(superuserLong("select count(*) from information_schema.role_table_grants where grantee = '" + TestDatabase.APP_ROLE
                + "' and table_name = 'token_transactions' and privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')")).isZero();
    }

    /** One statement as the application role, bound to {@code org} (or to none), rolled back. */
    private static long asApp(UUID org, String sql) throws SQLException {
        try (Connection c = TestDatabase.app().getConnection()) {
            c.setAutoCommit(false);
            try {
                if (org != null) {
                    try (PreparedStatement ps = c.prepareStatement("select set_config('app.current_org', ?, true)")) {
                        ps.setString(1, org.toString());
                        ps.execute();
                    }
                }
                try (var s = c.createStatement()) {
                    if (s.execute(sql)) {
                        try (ResultSet rs = s.getResultSet()) {
                            rs.next();
                            return rs.getLong(1);
                        }
                    }
                    return s.getUpdateCount();
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}

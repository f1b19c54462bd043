package io.chatnation.adapter.persistence.billing;

import static io.chatnation.adapter.persistence.billing.BillingFixture.superuserLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.adapter.persistence.TestDatabase;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.billing.alert.AlertId;
import io.chatnation.domain.billing.alert.AutoRefill;
import io.chatnation.domain.billing.alert.LowBalanceAlert;
import io.chatnation.domain.billing.purchase.BundleCode;
import io.chatnation.domain.billing.purchase.PayerPhone;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.ports.billing.out.LowBalanceAlerts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Alerts and auto-refill settings on PostgreSQL: one per dip, unread first, leased delivery, and each organisation's own. */
class JdbcLowBalanceAlertsTest {

    final BillingFixture billing = new BillingFixture();
    final JdbcAutoRefills refills = new JdbcAutoRefills(billing.jdbc);

    @Test
    void debits_below_the_threshold_raise_one_alert_per_dip_and_a_credit_above_it_ends_the_dip() {
        Caller org = BillingFixture.newOrganisation();
        billing.buy(org, "100");
        WalletId main = billing.main(org).id();
        billing.warnBelow(org, main, "50");

        for (String amount : List.of("30", "30", "10", "10")) {
            billing.debit.debit(billing.debitOf(org, amount));
        }
        List<LowBalanceAlert> first = all(org);
        assertThat(first).singleElement().satisfies(a -> {
            assertThat(a.available()).isEqualTo(BillingFixture.tokens("40"));
            assertThat(a.recoveredAt()).isEmpty();
            assertThat(a.mainWallet()).isTrue();
        });

        billing.buy(org, "10");
        assertThat(all(org).get(0).recoveredAt()).as("30 available is still low").isEmpty();
        billing.buy(org, "20");
        assertThat(all(org).get(0).recoveredAt()).as("back at the threshold").isPresent();
        billing.debit.debit(billing.debitOf(org, "0.001"));
        assertThat(all(org)).hasSize(2);
        assertThat(superuserLong("select count(*) from billing_alerts where wallet_id = ? and recovered_at is null", main.value()))
                .isEqualTo(1);
    }

    @Test
    void a_reservation_can_dip_the_wallet_and_its_release_ends_the_dip() {
        Caller org = BillingFixture.newOrganisation();
        billing.buy(org, "100");
        billing.warnBelow(org, billing.main(org).id(), "50");

        var reserved = billing.reserve.reserve(billing.reservation(org, "60"));
        assertThat(all(org)).singleElement().satisfies(a -> assertThat(a.available()).isEqualTo(BillingFixture.tokens("40")));
        billing.release.release(new io.chatnation.ports.billing.in.ReleaseReservation.Command(org, reserved.reservation(),
                BillingFixture.key()));
        assertThat(all(org).get(0).recoveredAt()).isPresent();
    }

    @Test
    void unread_alerts_come_first_and_the_cursor_walks_from_the_unread_run_into_the_read_run() {
        Caller org = BillingFixture.newOrganisation();
        billing.buy(org, "100");
        billing.warnBelow(org, billing.main(org).id(), "50");
        for (int dip = 0; dip < 5; dip++) {
            billing.clock.advance(Duration.ofMinutes(1));
            billing.debit.debit(billing.debitOf(org, "60"));
            billing.buy(org, "60");
        }
        List<LowBalanceAlert> newestFirst = all(org);
        assertThat(newestFirst).hasSize(5);
        billing.uow.runInOrganization(org.orgId(), () -> {
            billing.alerts.markRead(newestFirst.get(0).id(), billing.clock.instant());
            billing.alerts.markRead(newestFirst.get(3).id(), billing.clock.instant());
        });

        assertThat(all(org)).extracting(LowBalanceAlert::id).containsExactly(newestFirst.get(1).id(), newestFirst.get(2).id(),
                newestFirst.get(4).id(), newestFirst.get(0).id(), newestFirst.get(3).id());
        assertThatThrownBy(() -> billing.uow.inOrganization(org.orgId(),
                () -> billing.alerts.find(new PageRequest(Optional.of("x.bm9wZQ"), 2)))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void an_alert_is_delivered_by_one_node_at_a_time_and_a_dead_nodes_lease_runs_out() {
        Caller org = BillingFixture.newOrganisation();
        billing.buy(org, "100");
        billing.warnBelow(org, billing.main(org).id(), "50");
        billing.debit.debit(billing.debitOf(org, "60"));
        AlertId id = all(org).get(0).id();
        Instant now = Instant.parse("2026-03-02T10:00:00Z");

        assertThat(undelivered(now)).contains(new LowBalanceAlerts.Due(org.orgId(), id));
        assertThat(claim(org, id, now, now.plusSeconds(300))).isPresent();
        assertThat(claim(org, id, now.plusSeconds(10), now.plusSeconds(310))).as("taken by the first node").isEmpty();
        assertThat(undelivered(now.plusSeconds(10))).doesNotContain(new LowBalanceAlerts.Due(org.orgId(), id));
        assertThat(claim(org, id, now.plusSeconds(301), now.plusSeconds(601))).as("the first node died").isPresent();

        billing.uow.runInOrganization(org.orgId(), () -> billing.alerts.delivered(id, LowBalanceAlert.MailOutcome.SKIPPED, now));
        assertThat(claim(org, id, now.plusSeconds(999), now.plusSeconds(1299))).as("delivered once").isEmpty();
        assertThat(undelivered(now.plusSeconds(999))).doesNotContain(new LowBalanceAlerts.Due(org.orgId(), id));
    }

    @Test
    void alerts_and_auto_refill_settings_are_each_organisations_own() throws SQLException {
        Caller a = BillingFixture.newOrganisation();
        Caller b = BillingFixture.newOrganisation();
        for (Caller org : List.of(a, b)) {
            billing.buy(org, "100");
            billing.warnBelow(org, billing.main(org).id(), "50");
            billing.debit.debit(billing.debitOf(org, "60"));
            billing.uow.runInOrganization(org.orgId(), () -> refills.save(new AutoRefill(true, new BundleCode("starter"),
                    PaymentProvider.MPESA, Optional.of(new PayerPhone("254712345678")), Instant.now())));
        }
        AlertId alertOfB = all(b).get(0).id();

        assertThat(all(a)).singleElement().satisfies(alert -> assertThat(alert.id()).isNotEqualTo(alertOfB));
        assertThat(billing.uow.inOrganization(a.orgId(), () -> billing.alerts.find(alertOfB))).isEmpty();
        billing.uow.runInOrganization(a.orgId(), () -> billing.alerts.markRead(alertOfB, Instant.now()));
        assertThat(all(b).get(0).isRead()).as("A cannot mark B's alert read").isFalse();
        for (String table : List.of("billing_alerts", "auto_refill_settings")) {
            assertThat(asApp(a.orgId().value(), "select count(*) from " + table + " where org_id = '" + b.orgId() + "'")).isZero();
            assertThat(asApp(a.orgId().value(), "select count(*) from " + table)).isEqualTo(1);
            assertThat(asApp(null, "select count(*) from " + table)).as("without an organisation").isZero();
        }
        assertThatThrownBy(() -> asApp(a.orgId().value(), "insert into billing_alerts (id, org_id, wallet_id, threshold_milli, "
                + "available_milli, raised_at) values ('" + UUID.randomUUID() + "', '" + b.orgId() + "', '"
                + billing.main(b).id() + "', 2, 1, now())")).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        assertThat(superuserLong("select count(*) from pg_class where relname in ('billing_alerts', 'auto_refill_settings') "
                + "and relrowsecurity")).isEqualTo(2);
    }

    @Test
    void a_wallet_never_holds_two_open_dips() {
        Caller org = BillingFixture.newOrganisation();
        billing.buy(org, "100");
        WalletId main = billing.main(org).id();
        billing.warnBelow(org, main, "50");
        billing.debit.debit(billing.debitOf(org, "60"));

        assertThatThrownBy(() -> asApp(org.orgId().value(), "insert into billing_alerts (id, wallet_id, threshold_milli, "
                + "available_milli, raised_at) values ('" + UUID.randomUUID() + "', '" + main + "', 50000, 1, now())"))
                .isInstanceOf(SQLException.class).hasMessageContaining("billing_alerts_one_open_dip");
    }

    private List<LowBalanceAlert> all(Caller org) {
        return billing.uow.inOrganization(org.orgId(), () -> {
            List<LowBalanceAlert> all = new ArrayList<>();
            PageRequest page = PageRequest.first(2);
            while (true) {
                Page<LowBalanceAlert> found = billing.alerts.find(page);
                all.addAll(found.items());
                if (found.nextCursor().isEmpty()) {
                    return all;
                }
                page = new PageRequest(found.nextCursor(), 2);
            }
        });
    }

    private List<LowBalanceAlerts.Due> undelivered(Instant now) {
        return billing.uow.withoutOrganization(() -> billing.alerts.undelivered(now, 1000));
    }

    private Optional<LowBalanceAlert> claim(Caller org, AlertId id, Instant now, Instant until) {
        return billing.uow.inOrganization(org.orgId(), () -> billing.alerts.claim(id, now, until));
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
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    if (!ps.execute()) {
                        return ps.getUpdateCount();
                    }
                    try (ResultSet rs = ps.getResultSet()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            } finally {
                c.rollback();
            }
        }
    }
}

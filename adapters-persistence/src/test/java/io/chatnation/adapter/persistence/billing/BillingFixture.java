package io.chatnation.adapter.persistence.billing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatnation.adapter.persistence.TestDatabase;
import io.chatnation.adapter.persistence.audit.JdbcAuditTrail;
import io.chatnation.adapter.persistence.identity.JdbcAccessRecords;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.JdbcUnitOfWork;
import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.ModuleName;
import io.chatnation.domain.billing.Reservation;
import io.chatnation.domain.billing.ReservationId;
import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.audit.usecase.RecordAuditEntryService;
import io.chatnation.ports.billing.out.TokenLedger;
import io.chatnation.ports.billing.in.AdjustWallet;
import io.chatnation.ports.billing.in.CreditPurchasedTokens;
import io.chatnation.ports.billing.in.DebitTokens;
import io.chatnation.ports.billing.in.ExpireReservations;
import io.chatnation.ports.billing.in.ListTokenTransactions;
import io.chatnation.ports.billing.in.OpenSubWallet;
import io.chatnation.ports.billing.in.QuoteCost;
import io.chatnation.ports.billing.in.RefundTokens;
import io.chatnation.ports.billing.in.ReleaseReservation;
import io.chatnation.ports.billing.in.ReserveTokens;
import io.chatnation.ports.billing.in.SetPrice;
import io.chatnation.ports.billing.in.SettleReservation;
import io.chatnation.ports.billing.in.ShowUsage;
import io.chatnation.ports.billing.in.ShowWallet;
import io.chatnation.ports.billing.in.TransferTokens;
import io.chatnation.ports.billing.usecase.AdjustWalletService;
import io.chatnation.ports.billing.usecase.CreditPurchasedTokensService;
import io.chatnation.ports.billing.usecase.DebitTokensService;
import io.chatnation.ports.billing.usecase.ExpireReservationsService;
import io.chatnation.ports.billing.usecase.ListTokenTransactionsService;
import io.chatnation.ports.billing.usecase.LowBalanceWatch;
import io.chatnation.ports.billing.usecase.OpenSubWalletService;
import io.chatnation.ports.billing.usecase.QuoteCostService;
import io.chatnation.ports.billing.usecase.RefundTokensService;
import io.chatnation.ports.billing.usecase.ReleaseReservationService;
import io.chatnation.ports.billing.usecase.ReserveTokensService;
import io.chatnation.ports.billing.usecase.SetPriceService;
import io.chatnation.ports.billing.usecase.SettleReservationService;
import io.chatnation.ports.billing.usecase.ShowUsageService;
import io.chatnation.ports.billing.usecase.ShowWalletService;
import io.chatnation.ports.billing.usecase.TransferTokensService;
import io.chatnation.ports.billing.usecase.WalletTurns;
import io.chatnation.ports.identity.usecase.CheckAccessService;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** The billing use cases on the embedded PostgreSQL, as the application role, with a clock the test moves. */
final class BillingFixture {

    /** A clock tests can move forward; shared by every thread of a test. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static final ModuleName CAMPAIGNS = new ModuleName("campaigns");

    final JdbcUnitOfWork uow = new JdbcUnitOfWork(TestDatabase.app());
    final Jdbc jdbc = new Jdbc(uow);
    final MovableClock clock = new MovableClock();
    final IdGenerator ids = UUID::randomUUID;
    final JdbcWallets wallets = new JdbcWallets(jdbc, ids, clock);
    final RecordAuditEntry audit = new RecordAuditEntryService(new JdbcAuditTrail(jdbc, new ObjectMapper()), clock, ids);
    final JdbcLowBalanceAlerts alerts = new JdbcLowBalanceAlerts(jdbc);
    /** Watched, as the server wires it: postings that dip a wallet below its threshold raise alerts. */
    final TokenLedger ledger = new LowBalanceWatch(new JdbcTokenLedger(jdbc), alerts, audit, ids);
    final JdbcReservations reservations = new JdbcReservations(jdbc);
    final JdbcPriceOverrides prices = new JdbcPriceOverrides(jdbc);
    final CheckAccess access = new CheckAccessService(new JdbcAccessRecords(jdbc));

    /**
     * No pacing: every caller goes straight to the database, so the concurrency tests race on the row locks
     * themselves. (Turns only ever order callers; they never decide what is right.)
     */
    final WalletTurns turns = new WalletTurns(Integer.MAX_VALUE, 1, Duration.ZERO);
    final CreditPurchasedTokens credit = new CreditPurchasedTokensService(uow, ledger, wallets, ids, clock, turns);
    final ReserveTokens reserve = new ReserveTokensService(uow, ledger, wallets, reservations, ids, clock, turns);
    final SettleReservation settle = new SettleReservationService(uow, ledger, wallets, reservations, ids, clock, turns);
    final ReleaseReservation release = new ReleaseReservationService(uow, ledger, wallets, reservations, ids, clock, turns);
    final ExpireReservations expire = new ExpireReservationsService(uow, ledger, wallets, reservations, ids, clock, turns);
    final DebitTokens debit = new DebitTokensService(uow, ledger, wallets, ids, clock, turns);
    final RefundTokens refund = new RefundTokensService(uow, ledger, wallets, ids, clock, turns);
    final TransferTokens transfer = new TransferTokensService(uow, access, ledger, wallets, audit, ids, clock, turns);
    final AdjustWallet adjust = new AdjustWalletService(uow, access, ledger, wallets, audit, ids, clock, turns);
    final OpenSubWallet openSubWallet = new OpenSubWalletService(uow, access, wallets, audit, ids, clock);
    final ShowWallet showWallet = new ShowWalletService(uow, access, wallets);
    final ListTokenTransactions transactions = new ListTokenTransactionsService(uow, access, ledger);
    final ShowUsage usage = new ShowUsageService(uow, access, ledger);
    final SetPrice setPrice = new SetPriceService(uow, access, prices, audit, clock);
    final QuoteCost quote = new QuoteCostService(uow, prices);

    /** A fresh organisation and the platform acting in it. */
    static Caller newOrganisation() {
        UUID org = UUID.randomUUID();
        try (Connection c = TestDatabase.admin().getConnection();
             PreparedStatement ps = c.prepareStatement("insert into organizations (id, name, created_at) values (?, 'Billing test', now())")) {
            ps.setObject(1, org);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Caller.system(new OrgId(org), UUID.randomUUID());
    }

    static IdempotencyKey key() {
        return IdempotencyKey.in("test", UUID.randomUUID());
    }

    static TokenAmount tokens(String tokens) {
        return TokenAmount.parse("tokens", tokens);
    }

    void buy(Caller org, String tokens) {
        credit.credit(new CreditPurchasedTokens.Command(org.orgId(), UUID.randomUUID(), tokens(tokens), "test purchase"));
    }

    /** Sets the wallet's low-balance threshold straight in the store (the use case is tested through the API). */
    void warnBelow(Caller org, WalletId wallet, String tokens) {
        uow.runInOrganization(org.orgId(), () -> wallets.setLowBalanceThreshold(wallet, tokens(tokens)));
    }

    Wallet main(Caller org) {
        return showWallet.show(org, Optional.empty());
    }

    Reservation reservationOf(Caller org, ReservationId id) {
        return uow.inOrganization(org.orgId(), () -> reservations.find(id).orElseThrow());
    }

    ReserveTokens.Command reservation(Caller org, String estimate) {
        return new ReserveTokens.Command(org, Optional.empty(), tokens(estimate), CAMPAIGNS, BillableAction.CAMPAIGN_SEND,
                Optional.of(UUID.randomUUID()), key(), Duration.ofMinutes(15));
    }

    DebitTokens.Command debitOf(Caller org, String amount) {
        return new DebitTokens.Command(org, Optional.empty(), tokens(amount), new ModuleName("hypecards"),
                BillableAction.HYPECARD_BASIC, Optional.empty(), key(), null);
    }

    /** Runs a query as the superuser, past every policy: what is really stored. */
    static long superuserLong(String sql, Object... params) {
        try (Connection c = TestDatabase.admin().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

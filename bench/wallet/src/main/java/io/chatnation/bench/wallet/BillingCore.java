package io.chatnation.bench.wallet;

import io.chatnation.adapter.persistence.billing.JdbcReservations;
import io.chatnation.adapter.persistence.billing.JdbcTokenLedger;
import io.chatnation.adapter.persistence.billing.JdbcWallets;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.JdbcUnitOfWork;
import io.chatnation.adapter.persistence.tenancy.JdbcOrganizations;
import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.domain.tenancy.Organization;
import io.chatnation.ports.billing.in.CreditPurchasedTokens;
import io.chatnation.ports.billing.in.ReserveTokens;
import io.chatnation.ports.billing.in.SettleReservation;
import io.chatnation.ports.billing.usecase.CreditPurchasedTokensService;
import io.chatnation.ports.billing.usecase.ReserveTokensService;
import io.chatnation.ports.billing.usecase.SettleReservationService;
import io.chatnation.ports.billing.usecase.WalletTurns;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;

/** The billing use cases wired as the server wires them, on the benchmark's database. */
final class BillingCore {

    final JdbcUnitOfWork uow;
    final Jdbc jdbc;
    final JdbcWallets wallets;
    final CreditPurchasedTokens credit;
    final ReserveTokens reserve;
    final SettleReservation settle;
    private final JdbcOrganizations organizations;
    private final Clock clock = Clock.systemUTC();

    BillingCore(DataSource application) {
        IdGenerator ids = new TimeOrderedIds(clock);
        uow = new JdbcUnitOfWork(application);
        jdbc = new Jdbc(uow);
        wallets = new JdbcWallets(jdbc, ids, clock);
        JdbcTokenLedger ledger = new JdbcTokenLedger(jdbc);
        JdbcReservations reservations = new JdbcReservations(jdbc);
        organizations = new JdbcOrganizations(jdbc);
        WalletTurns turns = WalletTurns.standard();
        credit = new CreditPurchasedTokensService(uow, ledger, wallets, ids, clock, turns);
        reserve = new ReserveTokensService(uow, ledger, wallets, reservations, ids, clock, turns);
        settle = new SettleReservationService(uow, ledger, wallets, reservations, ids, clock, turns);
    }

    /** A new organisation whose main wallet holds {@code funds}. */
    OrgId fundedOrganisation(String name, TokenAmount funds) {
        OrgId org = new OrgId(UUID.randomUUID());
        uow.runInOrganization(org, () -> organizations.add(new Organization(org, new DisplayName(name), clock.instant())));
        credit.credit(new CreditPurchasedTokens.Command(org, UUID.randomUUID(), funds, "Benchmark funds"));
        return org;
    }

    Wallet mainWallet(OrgId org) {
        return uow.inOrganization(org, wallets::main);
    }

    /** The sum of the main wallet's ledger, read back as the application. */
    TokenAmount ledgerSum(OrgId org) {
        return uow.inOrganization(org, () -> jdbc.one("select coalesce(sum(t.balance_change), 0) as total from token_transactions t "
                + "join wallets w on w.id = t.wallet_id where w.kind = 'main'", rs -> TokenAmount.ofMilli(rs.getLong("total")))
                .orElse(TokenAmount.ZERO));
    }

    /** The same UUIDv7 ids the server uses, so the ledger's indexes grow as they do in production. */
    private static final class TimeOrderedIds implements IdGenerator {
        private final Clock clock;
        private final SecureRandom random = new SecureRandom();

        TimeOrderedIds(Clock clock) {
            this.clock = clock;
        }

        @Override
        public UUID next() {
            long millis = clock.millis();
            long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
            long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(high, low);
        }
    }
}

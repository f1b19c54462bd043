package io.chatnation.app.server.wiring;

import io.chatnation.adapter.persistence.billing.JdbcPriceOverrides;
import io.chatnation.adapter.persistence.billing.JdbcReservations;
import io.chatnation.adapter.persistence.billing.JdbcTokenLedger;
import io.chatnation.adapter.persistence.billing.JdbcWallets;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.ports.billing.in.AdjustWallet;
import io.chatnation.ports.billing.in.CreditPurchasedTokens;
import io.chatnation.ports.billing.in.DebitTokens;
import io.chatnation.ports.billing.in.ExpireReservations;
import io.chatnation.ports.billing.in.ListTokenTransactions;
import io.chatnation.ports.billing.in.ListWallets;
import io.chatnation.ports.billing.in.OpenSubWallet;
import io.chatnation.ports.billing.in.QuoteCost;
import io.chatnation.ports.billing.in.RefundTokens;
import io.chatnation.ports.billing.in.ReleaseReservation;
import io.chatnation.ports.billing.in.ReserveTokens;
import io.chatnation.ports.billing.in.SetLowBalanceThreshold;
import io.chatnation.ports.billing.in.SetPrice;
import io.chatnation.ports.billing.in.SettleReservation;
import io.chatnation.ports.billing.in.ShowPriceList;
import io.chatnation.ports.billing.in.ShowUsage;
import io.chatnation.ports.billing.in.ShowWallet;
import io.chatnation.ports.billing.in.TransferTokens;
import io.chatnation.ports.billing.out.LowBalanceAlerts;
import io.chatnation.ports.billing.out.PriceOverrides;
import io.chatnation.ports.billing.out.Reservations;
import io.chatnation.ports.billing.out.TokenLedger;
import io.chatnation.ports.billing.out.Wallets;
import io.chatnation.ports.billing.usecase.AdjustWalletService;
import io.chatnation.ports.billing.usecase.CreditPurchasedTokensService;
import io.chatnation.ports.billing.usecase.DebitTokensService;
import io.chatnation.ports.billing.usecase.ExpireReservationsService;
import io.chatnation.ports.billing.usecase.ListTokenTransactionsService;
import io.chatnation.ports.billing.usecase.ListWalletsService;
import io.chatnation.ports.billing.usecase.LowBalanceWatch;
import io.chatnation.ports.billing.usecase.OpenSubWalletService;
import io.chatnation.ports.billing.usecase.QuoteCostService;
import io.chatnation.ports.billing.usecase.RefundTokensService;
import io.chatnation.ports.billing.usecase.ReleaseReservationService;
import io.chatnation.ports.billing.usecase.ReserveTokensService;
import io.chatnation.ports.billing.usecase.SetLowBalanceThresholdService;
import io.chatnation.ports.billing.usecase.SetPriceService;
import io.chatnation.ports.billing.usecase.SettleReservationService;
import io.chatnation.ports.billing.usecase.ShowPriceListService;
import io.chatnation.ports.billing.usecase.ShowUsageService;
import io.chatnation.ports.billing.usecase.ShowWalletService;
import io.chatnation.ports.billing.usecase.TransferTokensService;
import io.chatnation.ports.billing.usecase.WalletTurns;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Token billing: wallets, the ledger, reservations and prices on PostgreSQL, and the use cases on them — those
 * other modules spend through (reserve, settle, release, debit, refund, quote), those payments credit through,
 * and those the API and the platform's operators use.
 */
@Factory
public class BillingWiring {

    @Singleton
    Wallets wallets(Jdbc jdbc, IdGenerator ids, Clock clock) {
        return new JdbcWallets(jdbc, ids, clock);
    }

    /** Watched: a posting that dips a wallet below its low-balance threshold raises the alert in its own transaction. */
    @Singleton
    TokenLedger tokenLedger(Jdbc jdbc, LowBalanceAlerts alerts, RecordAuditEntry audit, IdGenerator ids) {
        return new LowBalanceWatch(new JdbcTokenLedger(jdbc), alerts, audit, ids);
    }

    @Singleton
    Reservations reservations(Jdbc jdbc) {
        return new JdbcReservations(jdbc);
    }

    @Singleton
    PriceOverrides priceOverrides(Jdbc jdbc) {
        return new JdbcPriceOverrides(jdbc);
    }

    /** One per process: it paces every wallet-changing use case below. */
    @Singleton
    WalletTurns walletTurns() {
        return WalletTurns.standard();
    }

    @Singleton
    CreditPurchasedTokens creditPurchasedTokens(UnitOfWork uow, TokenLedger ledger, Wallets wallets, IdGenerator ids,
                                                Clock clock, WalletTurns turns) {
        return new CreditPurchasedTokensService(uow, ledger, wallets, ids, clock, turns);
    }

    @Singleton
    ReserveTokens reserveTokens(UnitOfWork uow, TokenLedger ledger, Wallets wallets, Reservations reservations,
                                IdGenerator ids, Clock clock, WalletTurns turns) {
        return new ReserveTokensService(uow, ledger, wallets, reservations, ids, clock, turns);
    }

    @Singleton
    SettleReservation settleReservation(UnitOfWork uow, TokenLedger ledger, Wallets wallets, Reservations reservations,
                                        IdGenerator ids, Clock clock, WalletTurns turns) {
        return new SettleReservationService(uow, ledger, wallets, reservations, ids, clock, turns);
    }

    @Singleton
    ReleaseReservation releaseReservation(UnitOfWork uow, TokenLedger ledger, Wallets wallets, Reservations reservations,
                                          IdGenerator ids, Clock clock, WalletTurns turns) {
        return new ReleaseReservationService(uow, ledger, wallets, reservations, ids, clock, turns);
    }

    @Singleton
    ExpireReservations expireReservations(UnitOfWork uow, TokenLedger ledger, Wallets wallets, Reservations reservations,
                                          IdGenerator ids, Clock clock, WalletTurns turns) {
        return new ExpireReservationsService(uow, ledger, wallets, reservations, ids, clock, turns);
    }

    @Singleton
    DebitTokens debitTokens(UnitOfWork uow, TokenLedger ledger, Wallets wallets, IdGenerator ids, Clock clock,
                            WalletTurns turns) {
        return new DebitTokensService(uow, ledger, wallets, ids, clock, turns);
    }

    @Singleton
    RefundTokens refundTokens(UnitOfWork uow, TokenLedger ledger, Wallets wallets, IdGenerator ids, Clock clock,
                              WalletTurns turns) {
        return new RefundTokensService(uow, ledger, wallets, ids, clock, turns);
    }

    @Singleton
    QuoteCost quoteCost(UnitOfWork uow, PriceOverrides overrides) {
        return new QuoteCostService(uow, overrides);
    }

    @Singleton
    TransferTokens transferTokens(UnitOfWork uow, CheckAccess access, TokenLedger ledger, Wallets wallets,
                                  RecordAuditEntry audit, IdGenerator ids, Clock clock, WalletTurns turns) {
        return new TransferTokensService(uow, access, ledger, wallets, audit, ids, clock, turns);
    }

    @Singleton
    AdjustWallet adjustWallet(UnitOfWork uow, CheckAccess access, TokenLedger ledger, Wallets wallets,
                              RecordAuditEntry audit, IdGenerator ids, Clock clock, WalletTurns turns) {
        return new AdjustWalletService(uow, access, ledger, wallets, audit, ids, clock, turns);
    }

    @Singleton
    OpenSubWallet openSubWallet(UnitOfWork uow, CheckAccess access, Wallets wallets, RecordAuditEntry audit,
                                IdGenerator ids, Clock clock) {
        return new OpenSubWalletService(uow, access, wallets, audit, ids, clock);
    }

    @Singleton
    ListWallets listWallets(UnitOfWork uow, CheckAccess access, Wallets wallets) {
        return new ListWalletsService(uow, access, wallets);
    }

    @Singleton
    ShowWallet showWallet(UnitOfWork uow, CheckAccess access, Wallets wallets) {
        return new ShowWalletService(uow, access, wallets);
    }

    @Singleton
    SetLowBalanceThreshold setLowBalanceThreshold(UnitOfWork uow, CheckAccess access, Wallets wallets, RecordAuditEntry audit) {
        return new SetLowBalanceThresholdService(uow, access, wallets, audit);
    }

    @Singleton
    ListTokenTransactions listTokenTransactions(UnitOfWork uow, CheckAccess access, TokenLedger ledger) {
        return new ListTokenTransactionsService(uow, access, ledger);
    }

    @Singleton
    ShowUsage showUsage(UnitOfWork uow, CheckAccess access, TokenLedger ledger) {
        return new ShowUsageService(uow, access, ledger);
    }

    @Singleton
    ShowPriceList showPriceList(UnitOfWork uow, CheckAccess access, PriceOverrides overrides) {
        return new ShowPriceListService(uow, access, overrides);
    }

    @Singleton
    SetPrice setPrice(UnitOfWork uow, CheckAccess access, PriceOverrides overrides, RecordAuditEntry audit, Clock clock) {
        return new SetPriceService(uow, access, overrides, audit, clock);
    }
}

package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.LedgerEntry;
import io.chatnation.domain.billing.Movement;
import io.chatnation.domain.billing.Posting;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.billing.in.AdjustWallet;
import io.chatnation.ports.billing.out.EntryContext;
import io.chatnation.ports.billing.out.PostingRequest;
import io.chatnation.ports.billing.out.ReservationChange;
import io.chatnation.ports.billing.out.TokenLedger;
import io.chatnation.ports.billing.out.WalletFigures;
import io.chatnation.ports.billing.out.Wallets;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class AdjustWalletService implements AdjustWallet {

    private final UnitOfWork uow;
    private final WalletTurns turns;
    private final CheckAccess access;
    private final LedgerPostings postings;
    private final RecordAuditEntry audit;
    private final IdGenerator ids;
    private final Clock clock;

    public AdjustWalletService(UnitOfWork uow, CheckAccess access, TokenLedger ledger, Wallets wallets,
                               RecordAuditEntry audit, IdGenerator ids, Clock clock, WalletTurns turns) {
        this.uow = uow;
        this.turns = turns;
        this.access = access;
        this.postings = new LedgerPostings(ledger, wallets);
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Adjusted adjust(Command c) {
        Instant now = clock.instant();
        String fingerprint = Fingerprint.of("adjust").with("wallet", c.wallet()).with("change", c.change())
                .with("reason", c.reason()).toString();
        UUID entryId = ids.next();
        return turns.take(c.caller().orgId(), () -> uow.inOrganization(c.caller().orgId(), () -> {
            access.of(c.caller()).require(Permission.PLATFORM_OPERATE);
            LedgerPostings.Outcome outcome = postings.post(new PostingRequest(c.wallet(),
                    Posting.of(Movement.adjustment(c.change())), List.of(entryId), 0,
                    EntryContext.by(c.caller(), Optional.of(c.key()), fingerprint, now).with(c.reason()), ReservationChange.NONE));
            if (outcome instanceof LedgerPostings.Replayed replayed) {
                LedgerEntry first = replayed.entries().get(0);
                return new Adjusted(first.id(), first.walletId(), first.balanceChange(), first.balanceAfter(),
                        first.availableAfter(), true);
            }
            WalletFigures after = ((LedgerPostings.Posted) outcome).figures();
            audit.record(new RecordAuditEntry.Command(c.caller(), "wallet.adjusted", "wallet", Optional.of(after.wallet().value()),
                    Optional.of(WalletSnapshot.figures(after.balance().minus(c.change()), after.reserved())),
                    Optional.of(WalletSnapshot.figures(after.balance(), after.reserved())),
                    Map.of("reason", c.reason().value(), "tokens", c.change().toString(), "transactionId", entryId.toString())));
            return new Adjusted(entryId, after.wallet(), c.change(), after.balance(), after.available(), false);
        }));
    }
}

package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.LedgerEntry;
import io.chatnation.domain.billing.Movement;
import io.chatnation.domain.billing.Posting;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.ports.billing.in.DebitTokens;
import io.chatnation.ports.billing.out.EntryContext;
import io.chatnation.ports.billing.out.PostingRequest;
import io.chatnation.ports.billing.out.ReservationChange;
import io.chatnation.ports.billing.out.TokenLedger;
import io.chatnation.ports.billing.out.Wallets;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class DebitTokensService implements DebitTokens {

    private final UnitOfWork uow;
    private final WalletTurns turns;
    private final LedgerPostings postings;
    private final IdGenerator ids;
    private final Clock clock;

    public DebitTokensService(UnitOfWork uow, TokenLedger ledger, Wallets wallets, IdGenerator ids, Clock clock,
                              WalletTurns turns) {
        this.uow = uow;
        this.turns = turns;
        this.postings = new LedgerPostings(ledger, wallets);
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Debited debit(Command c) {
        Instant now = clock.instant();
        String fingerprint = Fingerprint.of("debit").with("wallet", c.wallet()).with("amount", c.amount())
                .with("module", c.module()).with("action", c.action().code()).with("reference", c.reference()).toString();
        UUID entryId = ids.next();
        PostingRequest request = new PostingRequest(c.wallet(), Posting.of(Movement.debit(c.amount())), List.of(entryId), 0,
                EntryContext.by(c.caller(), Optional.of(c.key()), fingerprint, now)
                        .spending(c.module(), c.action(), c.reference()).with(c.memo()),
                ReservationChange.NONE);
        return turns.take(c.caller().orgId(), () -> uow.inOrganization(c.caller().orgId(), () -> {
            LedgerPostings.Outcome outcome = postings.post(request);
            if (outcome instanceof LedgerPostings.Posted posted) {
                return new Debited(entryId, posted.figures().wallet(), c.amount(), posted.figures().available(), false);
            }
            LedgerEntry first = ((LedgerPostings.Replayed) outcome).entries().get(0);
            return new Debited(first.id(), first.walletId(), first.amount(), first.availableAfter(), true);
        }));
    }
}

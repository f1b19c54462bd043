package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.LedgerEntry;
import io.chatnation.domain.billing.Memo;
import io.chatnation.domain.billing.Movement;
import io.chatnation.domain.billing.Posting;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.ports.billing.in.CreditPurchasedTokens;
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

/** Credits the main wallet once per purchase: the purchase id is the idempotency key. */
public final class CreditPurchasedTokensService implements CreditPurchasedTokens {

    private final UnitOfWork uow;
    private final WalletTurns turns;
    private final LedgerPostings postings;
    private final IdGenerator ids;
    private final Clock clock;

    public CreditPurchasedTokensService(UnitOfWork uow, TokenLedger ledger, Wallets wallets, IdGenerator ids, Clock clock,
                                        WalletTurns turns) {
        this.uow = uow;
        this.turns = turns;
        this.postings = new LedgerPostings(ledger, wallets);
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Result credit(Command c) {
        Instant now = clock.instant();
        IdempotencyKey key = IdempotencyKey.in("purchase", c.purchaseId());
        String fingerprint = Fingerprint.of("purchase").with("purchase", c.purchaseId()).with("amount", c.amount()).toString();
        UUID entryId = ids.next();
        Memo memo = Memo.cleaned(c.description());
        PostingRequest request = new PostingRequest(Optional.empty(), Posting.of(Movement.purchase(c.amount())), List.of(entryId), 0,
                EntryContext.bySystem(Optional.of(key), fingerprint, now).about(Optional.of(c.purchaseId())).with(memo),
                ReservationChange.NONE);
        return turns.take(c.org(), () -> uow.inOrganization(c.org(), () -> {
            LedgerPostings.Outcome outcome = postings.post(request);
            if (outcome instanceof LedgerPostings.Posted posted) {
                return new Result(entryId, true, posted.figures().balance());
            }
            LedgerEntry first = ((LedgerPostings.Replayed) outcome).entries().get(0);
            return new Result(first.id(), false, first.balanceAfter());
        }));
    }
}

package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.EntryType;
import io.chatnation.domain.billing.LedgerEntry;
import io.chatnation.domain.billing.Movement;
import io.chatnation.domain.billing.Posting;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.RuleViolated;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.RefundTokens;
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

public final class RefundTokensService implements RefundTokens {

    private final UnitOfWork uow;
    private final WalletTurns turns;
    private final TokenLedger ledger;
    private final Wallets wallets;
    private final LedgerPostings postings;
    private final IdGenerator ids;
    private final Clock clock;

    public RefundTokensService(UnitOfWork uow, TokenLedger ledger, Wallets wallets, IdGenerator ids, Clock clock,
                               WalletTurns turns) {
        this.uow = uow;
        this.turns = turns;
        this.ledger = ledger;
        this.wallets = wallets;
        this.postings = new LedgerPostings(ledger, wallets);
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Refunded refund(Command c) {
        Instant now = clock.instant();
        String fingerprint = Fingerprint.of("refund").with("debit", c.debit()).with("amount", c.amount()).toString();
        return turns.take(c.caller().orgId(), () -> uow.inOrganization(c.caller().orgId(), () -> {
            Optional<List<LedgerEntry>> earlier = postings.replay(c.key(), fingerprint);
            if (earlier.isPresent()) {
                LedgerEntry first = earlier.get().get(0);
                return new Refunded(first.id(), first.walletId(), first.amount(), first.availableAfter(), true);
            }
            LedgerEntry debit = ledger.find(c.debit()).filter(e -> e.type() == EntryType.DEBIT)
                    .orElseThrow(() -> new NotFound("Debit " + c.debit()));
            // Refunds of one debit are counted under the wallet's lock, so two at once cannot both pass the cap.
            wallets.lock(List.of(debit.walletId()));
            TokenAmount refundable = debit.amount().minus(ledger.refundedAgainst(debit.id()));
            if (refundable.isLessThan(c.amount())) {
                throw new RuleViolated("refundWithinDebit", "Only " + refundable + " of the " + debit.amount()
                        + " tokens of this debit can still be refunded");
            }
            UUID entryId = ids.next();
            EntryContext context = EntryContext.by(c.caller(), Optional.of(c.key()), fingerprint, now)
                    .reversing(debit.id()).with(c.reason());
            if (debit.module().isPresent() && debit.action().isPresent()) {
                context = context.spending(debit.module().get(), debit.action().get(), debit.reference());
            }
            LedgerPostings.Outcome outcome = postings.post(new PostingRequest(Optional.of(debit.walletId()),
                    Posting.of(Movement.refund(c.amount())), List.of(entryId), 0, context, ReservationChange.NONE));
            if (outcome instanceof LedgerPostings.Posted posted) {
                return new Refunded(entryId, debit.walletId(), c.amount(), posted.figures().available(), false);
            }
            LedgerEntry first = ((LedgerPostings.Replayed) outcome).entries().get(0);
            return new Refunded(first.id(), first.walletId(), first.amount(), first.availableAfter(), true);
        }));
    }
}

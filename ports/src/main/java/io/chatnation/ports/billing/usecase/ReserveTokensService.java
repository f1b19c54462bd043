package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.LedgerEntry;
import io.chatnation.domain.billing.Movement;
import io.chatnation.domain.billing.Posting;
import io.chatnation.domain.billing.Reservation;
import io.chatnation.domain.billing.ReservationId;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.ports.billing.in.ReserveTokens;
import io.chatnation.ports.billing.out.EntryContext;
import io.chatnation.ports.billing.out.PostingRequest;
import io.chatnation.ports.billing.out.ReservationChange;
import io.chatnation.ports.billing.out.Reservations;
import io.chatnation.ports.billing.out.TokenLedger;
import io.chatnation.ports.billing.out.Wallets;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class ReserveTokensService implements ReserveTokens {

    private final UnitOfWork uow;
    private final WalletTurns turns;
    private final Reservations reservations;
    private final LedgerPostings postings;
    private final IdGenerator ids;
    private final Clock clock;

    public ReserveTokensService(UnitOfWork uow, TokenLedger ledger, Wallets wallets, Reservations reservations,
                                IdGenerator ids, Clock clock, WalletTurns turns) {
        this.uow = uow;
        this.turns = turns;
        this.reservations = reservations;
        this.postings = new LedgerPostings(ledger, wallets);
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Reserved reserve(Command c) {
        Instant now = clock.instant();
        Instant expiresAt = Reservation.expiryFor(now, c.ttl());
        ReservationId id = new ReservationId(ids.next());
        String fingerprint = Fingerprint.of("reserve").with("wallet", c.wallet()).with("estimate", c.estimate())
                .with("module", c.module()).with("action", c.action().code()).with("reference", c.reference())
                .with("ttl", c.ttl()).toString();
        PostingRequest request = new PostingRequest(c.wallet(), Posting.of(Movement.reserve(c.estimate())), List.of(ids.next()), 0,
                EntryContext.by(c.caller(), Optional.of(c.key()), fingerprint, now).spending(c.module(), c.action(), c.reference()),
                new ReservationChange.Open(id, c.estimate(), c.module(), c.action(), c.reference(), expiresAt));
        return turns.take(c.caller().orgId(), () -> uow.inOrganization(c.caller().orgId(), () -> {
            LedgerPostings.Outcome outcome = postings.post(request);
            if (outcome instanceof LedgerPostings.Posted posted) {
                return new Reserved(id, posted.figures().wallet(), c.estimate(), expiresAt, posted.figures().available(), false);
            }
            LedgerEntry first = ((LedgerPostings.Replayed) outcome).entries().get(0);
            ReservationId earlier = first.reservation().orElseThrow();
            Reservation reservation = reservations.find(earlier).orElseThrow();
            return new Reserved(earlier, first.walletId(), first.amount(), reservation.expiresAt(), first.availableAfter(), true);
        }));
    }
}

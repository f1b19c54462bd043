package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.EntryType;
import io.chatnation.domain.billing.LedgerEntry;
import io.chatnation.domain.billing.Reservation;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.ports.billing.in.SettleReservation;
import io.chatnation.ports.billing.out.Reservations;
import io.chatnation.ports.billing.out.TokenLedger;
import io.chatnation.ports.billing.out.Wallets;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class SettleReservationService implements SettleReservation {

    private final UnitOfWork uow;
    private final WalletTurns turns;
    private final Reservations reservations;
    private final LedgerPostings postings;
    private final IdGenerator ids;
    private final Clock clock;

    public SettleReservationService(UnitOfWork uow, TokenLedger ledger, Wallets wallets, Reservations reservations,
                                    IdGenerator ids, Clock clock, WalletTurns turns) {
        this.uow = uow;
        this.turns = turns;
        this.reservations = reservations;
        this.postings = new LedgerPostings(ledger, wallets);
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Settled settle(Command c) {
        Instant now = clock.instant();
        String fingerprint = Fingerprint.of("settle").with("reservation", c.reservation()).with("actual", c.actual()).toString();
        return turns.take(c.caller().orgId(), () -> uow.inOrganization(c.caller().orgId(), () -> {
            Reservation reservation = reservations.lock(c.reservation()).orElseThrow(() -> new NotFound("Reservation " + c.reservation()));
            if (!reservation.isOpen()) {
                Optional<List<LedgerEntry>> earlier = postings.replay(c.key(), fingerprint);
                if (earlier.isPresent()) {
                    return settled(reservation, earlier.get(), true);
                }
            }
            Reservation.Closing closing = reservation.settle(c.actual(), now);
            LedgerPostings.Outcome outcome = postings.post(ReservationEndings.posting(closing,
                    ReservationEndings.context(c.caller(), c.key(), fingerprint, now), ids));
            if (outcome instanceof LedgerPostings.Posted posted) {
                return new Settled(reservation.id(), reservation.walletId(), closing.debited(), closing.released(),
                        posted.figures().available(), false);
            }
            return settled(reservation, ((LedgerPostings.Replayed) outcome).entries(), true);
        }));
    }

    private static Settled settled(Reservation reservation, List<LedgerEntry> entries, boolean replayed) {
        return new Settled(reservation.id(), reservation.walletId(), ReservationEndings.total(entries, EntryType.DEBIT),
                ReservationEndings.total(entries, EntryType.RELEASE), ReservationEndings.availableAfter(entries), replayed);
    }
}

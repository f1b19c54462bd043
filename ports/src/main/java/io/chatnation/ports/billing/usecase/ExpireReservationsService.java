package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.Reservation;
import io.chatnation.domain.billing.ReservationId;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.billing.in.ExpireReservations;
import io.chatnation.ports.billing.out.EntryContext;
import io.chatnation.ports.billing.out.Reservations;
import io.chatnation.ports.billing.out.TokenLedger;
import io.chatnation.ports.billing.out.Wallets;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds lapsed reservations across organisations, then releases them one organisation (one transaction) at a
 * time. A reservation being settled or released at that moment is skipped, not waited for: whoever holds it ends it.
 */
public final class ExpireReservationsService implements ExpireReservations {

    static final int BATCH = 500;
    /** Bounds one run; what is left is picked up by the next run a minute later. */
    static final int MAX_BATCHES = 20;

    private final UnitOfWork uow;
    private final WalletTurns turns;
    private final Reservations reservations;
    private final LedgerPostings postings;
    private final IdGenerator ids;
    private final Clock clock;

    public ExpireReservationsService(UnitOfWork uow, TokenLedger ledger, Wallets wallets, Reservations reservations,
                                     IdGenerator ids, Clock clock, WalletTurns turns) {
        this.uow = uow;
        this.turns = turns;
        this.reservations = reservations;
        this.postings = new LedgerPostings(ledger, wallets);
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Expired expire() {
        Instant now = clock.instant();
        int expired = 0;
        Set<OrgId> organisations = new HashSet<>();
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<Reservations.Due> due = uow.withoutOrganization(() -> reservations.dueForExpiry(now, BATCH));
            Map<OrgId, List<ReservationId>> byOrganisation = due.stream().collect(Collectors.groupingBy(Reservations.Due::org,
                    LinkedHashMap::new, Collectors.mapping(Reservations.Due::reservation, Collectors.toList())));
            int expiredInBatch = 0;
            for (Map.Entry<OrgId, List<ReservationId>> entry : byOrganisation.entrySet()) {
                int count = turns.take(entry.getKey(),
                        () -> uow.inOrganization(entry.getKey(), () -> expireAll(entry.getValue(), now)));
                if (count > 0) {
                    organisations.add(entry.getKey());
                }
                expiredInBatch += count;
            }
            expired += expiredInBatch;
            if (due.size() < BATCH || expiredInBatch == 0) {
                break;
            }
        }
        return new Expired(expired, organisations.size());
    }

    private int expireAll(List<ReservationId> due, Instant now) {
        int count = 0;
        for (ReservationId id : due) {
            Optional<Reservation> reservation = reservations.lockUnlessBusy(id)
                    .filter(r -> r.isOpen() && r.hasExpiredAt(now));
            if (reservation.isPresent()) {
                Reservation.Closing closing = reservation.get().expire(now);
                String fingerprint = Fingerprint.of("expire").with("reservation", id).toString();
                postings.post(ReservationEndings.posting(closing, EntryContext.bySystem(Optional.empty(), fingerprint, now), ids));
                count++;
            }
        }
        return count;
    }
}

package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.ModuleName;
import io.chatnation.domain.billing.Reservation;
import io.chatnation.domain.billing.ReservationId;
import io.chatnation.domain.shared.TokenAmount;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** What a posting does to a reservation, in the same statement as the wallet change: nothing, open one, or close one. */
public sealed interface ReservationChange {

    Optional<ReservationId> reservation();

    ReservationChange NONE = new None();

    record None() implements ReservationChange {
        @Override
        public Optional<ReservationId> reservation() {
            return Optional.empty();
        }
    }

    /** Opens a reservation on the posting's wallet. */
    record Open(ReservationId id, TokenAmount amount, ModuleName module, BillableAction action, Optional<UUID> reference,
                Instant expiresAt) implements ReservationChange {
        @Override
        public Optional<ReservationId> reservation() {
            return Optional.of(id);
        }
    }

    /** Ends an open reservation, which the caller has locked, in the state {@code closed} carries. */
    record Close(Reservation closed) implements ReservationChange {
        @Override
        public Optional<ReservationId> reservation() {
            return Optional.of(closed.id());
        }
    }
}

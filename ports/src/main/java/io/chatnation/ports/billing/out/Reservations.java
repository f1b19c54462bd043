package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.Reservation;
import io.chatnation.domain.billing.ReservationId;
import io.chatnation.domain.shared.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reservations of the current organisation; they are opened and closed by {@link TokenLedger#post}. */
public interface Reservations {

    Optional<Reservation> find(ReservationId id);

    /** Finds and locks a reservation until the transaction ends, so that only one caller can end it. */
    Optional<Reservation> lock(ReservationId id);

    /** Like {@link #lock}, but gives up at once (empty) when someone else holds the lock. */
    Optional<Reservation> lockUnlessBusy(ReservationId id);

    /**
     * Open reservations of every organisation whose time is up, oldest expiry first. The one cross-tenant read of
     * billing: it runs without an organisation and returns ids only.
     */
    List<Due> dueForExpiry(Instant now, int limit);

    record Due(OrgId org, ReservationId reservation) {}
}

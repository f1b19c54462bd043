package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.ReservationId;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.TokenAmount;
import java.util.Objects;

/**
 * Gives an open reservation's tokens back because the work was cancelled or failed.
 *
 * @throws io.chatnation.domain.shared.NotFound     for an unknown reservation
 * @throws io.chatnation.domain.shared.RuleViolated when the reservation already ended
 */
public interface ReleaseReservation {

    Released release(Command command);

    record Command(Caller caller, ReservationId reservation, IdempotencyKey key) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(reservation, "reservation");
            Objects.requireNonNull(key, "idempotency key");
        }
    }

    record Released(ReservationId reservation, WalletId wallet, TokenAmount released, TokenAmount available,
                    boolean replayed) {}
}

package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.ReservationId;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.TokenAmount;
import java.util.Objects;

/**
 * Ends an open reservation with the actual cost of the work: debits it and releases the rest, or, when the work
 * cost more than reserved, debits the difference from available too. If available cannot cover that difference
 * nothing changes (the reservation stays open) and the call fails with InsufficientTokens.
 *
 * @throws io.chatnation.domain.shared.NotFound           for an unknown reservation
 * @throws io.chatnation.domain.shared.RuleViolated       when the reservation already ended or has expired
 * @throws io.chatnation.domain.shared.InsufficientTokens when the excess over the estimate cannot be covered
 */
public interface SettleReservation {

    Settled settle(Command command);

    record Command(Caller caller, ReservationId reservation, TokenAmount actual, IdempotencyKey key) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(reservation, "reservation");
            if (actual == null || actual.isNegative()) {
                throw InvalidInput.of("actual", "must be zero or more tokens");
            }
            Objects.requireNonNull(key, "idempotency key");
        }
    }

    /** @param available the wallet's available tokens right after settling */
    record Settled(ReservationId reservation, WalletId wallet, TokenAmount debited, TokenAmount released,
                   TokenAmount available, boolean replayed) {}
}

package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.ModuleName;
import io.chatnation.domain.billing.Movement;
import io.chatnation.domain.billing.ReservationId;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.TokenAmount;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Holds the estimated cost of work about to start (a campaign, an AI report) so that it cannot be overdrawn
 * while it runs; end it with {@link SettleReservation} or {@link ReleaseReservation}, or it expires after its ttl.
 * Called by other modules' use cases, which have already authorised the costly action; the caller is recorded
 * as the actor. Joins the caller's transaction when there is one.
 *
 * @throws io.chatnation.domain.shared.InsufficientTokens when the wallet's available tokens cannot cover the estimate
 */
public interface ReserveTokens {

    Reserved reserve(Command command);

    /** @param wallet empty for the organisation's main wallet */
    record Command(Caller caller, Optional<WalletId> wallet, TokenAmount estimate, ModuleName module,
                   BillableAction action, Optional<UUID> reference, IdempotencyKey key, Duration ttl) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(wallet, "wallet");
            Movement.requirePositive("estimate", estimate);
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(key, "idempotency key");
            Objects.requireNonNull(ttl, "ttl");
        }
    }

    /**
     * @param available the wallet's available tokens right after the reservation
     * @param replayed  true when this key had already reserved: nothing new was held
     */
    record Reserved(ReservationId reservation, WalletId wallet, TokenAmount amount, Instant expiresAt,
                    TokenAmount available, boolean replayed) {}
}

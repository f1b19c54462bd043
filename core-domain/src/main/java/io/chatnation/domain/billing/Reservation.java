package io.chatnation.domain.billing;

import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.RuleViolated;
import io.chatnation.domain.shared.TokenAmount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Tokens held for work in progress (a campaign being sent, a report being written): taken out of available when
 * the work starts, then settled with the actual cost, released when the work is cancelled, or expired when nobody
 * came back for them before {@code expiresAt}.
 */
public record Reservation(ReservationId id, WalletId walletId, TokenAmount amount, ModuleName module,
                          BillableAction action, Optional<UUID> reference, ReservationState state, Instant createdAt,
                          Instant expiresAt, Optional<Instant> closedAt, Optional<TokenAmount> settledAmount) {

    public static final Duration MIN_TTL = Duration.ofSeconds(1);
    public static final Duration MAX_TTL = Duration.ofDays(90);

    public Reservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(walletId, "wallet");
        Objects.requireNonNull(state, "state");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a reservation holds a positive amount");
        }
    }

    /** When a reservation made {@code now} for {@code ttl} lapses; the ttl must lie between a second and 90 days. */
    public static Instant expiryFor(Instant now, Duration ttl) {
        if (ttl == null || ttl.compareTo(MIN_TTL) < 0 || ttl.compareTo(MAX_TTL) > 0) {
            throw InvalidInput.of("ttl", "must be between " + MIN_TTL.toSeconds() + " second and " + MAX_TTL.toDays() + " days");
        }
        return now.plus(ttl);
    }

    public boolean isOpen() {
        return state == ReservationState.OPEN;
    }

    public boolean hasExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /**
     * Charges the actual cost: the reserved tokens cover it first; below the estimate the rest is released, above
     * it the difference comes out of available (and the wallet must have it).
     */
    public Closing settle(TokenAmount actual, Instant now) {
        if (actual == null || actual.isNegative()) {
            throw InvalidInput.of("actual", "must be zero or more tokens");
        }
        ReservationState next = state.moveTo(ReservationState.SETTLED);
        if (hasExpiredAt(now)) {
            throw new RuleViolated("reservationNotExpired", "The reservation expired at " + expiresAt
                    + "; its tokens are released, so charge the work directly");
        }
        List<Movement> lines = new ArrayList<>();
        if (actual.compareTo(amount) <= 0) {
            if (actual.isPositive()) {
                lines.add(Movement.debitFromReservation(actual, actual));
            }
            if (actual.isLessThan(amount)) {
                lines.add(Movement.release(amount.minus(actual)));
            }
        } else {
            lines.add(Movement.debitFromReservation(actual, amount));
        }
        return new Closing(closed(next, now, Optional.of(actual)), new Posting(lines));
    }

    /** Gives every reserved token back, for work that was cancelled or failed. */
    public Closing release(Instant now) {
        return new Closing(closed(state.moveTo(ReservationState.RELEASED), now, Optional.empty()), Posting.of(Movement.release(amount)));
    }

    /** Gives the tokens back because the reservation lapsed. */
    public Closing expire(Instant now) {
        ReservationState next = state.moveTo(ReservationState.EXPIRED);
        if (!hasExpiredAt(now)) {
            throw new RuleViolated("reservationExpiresOnTime", "The reservation runs until " + expiresAt);
        }
        return new Closing(closed(next, now, Optional.empty()), Posting.of(Movement.release(amount)));
    }

    private Reservation closed(ReservationState next, Instant now, Optional<TokenAmount> settled) {
        return new Reservation(id, walletId, amount, module, action, reference, next, createdAt, expiresAt, Optional.of(now), settled);
    }

    /** A reservation as it ends, and the ledger lines that end it. */
    public record Closing(Reservation reservation, Posting posting) {

        public TokenAmount debited() {
            return total(EntryType.DEBIT);
        }

        public TokenAmount released() {
            return total(EntryType.RELEASE);
        }

        private TokenAmount total(EntryType type) {
            return posting.movements().stream().filter(m -> m.type() == type).map(Movement::amount)
                    .reduce(TokenAmount.ZERO, TokenAmount::plus);
        }
    }
}

package io.chatnation.domain.billing;

import io.chatnation.domain.shared.RuleViolated;
import java.util.Locale;

/** An open reservation ends exactly once: settled with the actual cost, released, or expired. */
public enum ReservationState {
    OPEN, SETTLED, RELEASED, EXPIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReservationState fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** @throws RuleViolated for any move but from open to one of the end states */
    public ReservationState moveTo(ReservationState next) {
        if (this != OPEN || next == OPEN) {
            throw new RuleViolated("reservationEndsOnce", "The reservation is already " + code());
        }
        return next;
    }
}

package io.chatnation.domain.billing;

import io.chatnation.domain.shared.TokenAmount;
import java.util.List;

/** The lines one operation writes to one wallet, applied together or not at all. */
public record Posting(List<Movement> movements) {

    public Posting {
        movements = List.copyOf(movements);
        if (movements.isEmpty()) {
            throw new IllegalArgumentException("a posting has at least one line");
        }
    }

    public static Posting of(Movement... movements) {
        return new Posting(List.of(movements));
    }

    public TokenAmount balanceChange() {
        return movements.stream().map(Movement::balanceChange).reduce(TokenAmount.ZERO, TokenAmount::plus);
    }

    public TokenAmount reservedChange() {
        return movements.stream().map(Movement::reservedChange).reduce(TokenAmount.ZERO, TokenAmount::plus);
    }

    public TokenAmount availableChange() {
        return balanceChange().minus(reservedChange());
    }

    /** What the wallet must have available for this posting to leave it at zero or more: the rule "never below zero". */
    public TokenAmount requiredAvailable() {
        TokenAmount change = availableChange();
        return change.isNegative() ? Movement.negate(change) : TokenAmount.ZERO;
    }
}

package io.chatnation.domain.billing;

import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.TokenAmount;
import java.util.Objects;

/**
 * One ledger line's effect on a wallet: how its balance and its reserved tokens change. The shown
 * {@code amount} is always positive; the changes carry the sign. Summing {@code balanceChange} over a wallet's
 * ledger gives its balance, summing {@code reservedChange} gives its reserved tokens.
 */
public record Movement(EntryType type, TokenAmount amount, TokenAmount balanceChange, TokenAmount reservedChange) {

    public Movement {
        Objects.requireNonNull(type, "type");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a ledger line moves a positive amount, not " + amount);
        }
    }

    public static Movement purchase(TokenAmount amount) {
        return new Movement(EntryType.PURCHASE, amount, amount, TokenAmount.ZERO);
    }

    public static Movement debit(TokenAmount amount) {
        return new Movement(EntryType.DEBIT, amount, negate(amount), TokenAmount.ZERO);
    }

    public static Movement reserve(TokenAmount amount) {
        return new Movement(EntryType.RESERVE, amount, TokenAmount.ZERO, amount);
    }

    public static Movement release(TokenAmount amount) {
        return new Movement(EntryType.RELEASE, amount, TokenAmount.ZERO, negate(amount));
    }

    /**
     * Spends {@code actual} against a reservation of {@code covered} tokens: the reserved tokens go first, any
     * excess comes out of available.
     */
    public static Movement debitFromReservation(TokenAmount actual, TokenAmount covered) {
        return new Movement(EntryType.DEBIT, actual, negate(actual), negate(covered));
    }

    public static Movement refund(TokenAmount amount) {
        return new Movement(EntryType.REFUND, amount, amount, TokenAmount.ZERO);
    }

    public static Movement transferOut(TokenAmount amount) {
        return new Movement(EntryType.TRANSFER, amount, negate(amount), TokenAmount.ZERO);
    }

    public static Movement transferIn(TokenAmount amount) {
        return new Movement(EntryType.TRANSFER, amount, amount, TokenAmount.ZERO);
    }

    /** A correction either way: positive adds tokens, negative removes them. */
    public static Movement adjustment(TokenAmount change) {
        if (change.milli() == 0) {
            throw InvalidInput.of("tokens", "must not be zero");
        }
        return new Movement(EntryType.ADJUSTMENT, change.isNegative() ? negate(change) : change, change, TokenAmount.ZERO);
    }

    public TokenAmount availableChange() {
        return balanceChange.minus(reservedChange);
    }

    /** A command's amount that must be a positive token count, named after its field for the error. */
    public static TokenAmount requirePositive(String field, TokenAmount amount) {
        if (amount == null) {
            throw InvalidInput.of(field, "is required");
        }
        if (!amount.isPositive()) {
            throw InvalidInput.of(field, "must be more than zero");
        }
        return amount;
    }

    static TokenAmount negate(TokenAmount amount) {
        return TokenAmount.ofMilli(Math.negateExact(amount.milli()));
    }
}

package io.chatnation.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A quantity of prepaid tokens, held as whole milli-tokens so fractional prices (0.5 tokens per message)
 * add up exactly. Every costly action across the platform is priced and charged in this unit.
 */
public record TokenAmount(long milli) implements Comparable<TokenAmount> {

    public static final TokenAmount ZERO = new TokenAmount(0);
    private static final int SCALE = 3;

    public static TokenAmount ofTokens(long tokens) {
        return new TokenAmount(Math.multiplyExact(tokens, 1000L));
    }

    public static TokenAmount ofMilli(long milli) {
        return new TokenAmount(milli);
    }

    /** Parses a decimal token count such as {@code "12.5"}; more than three decimals is refused, not rounded. */
    public static TokenAmount parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        try {
            BigDecimal tokens = new BigDecimal(raw.trim());
            if (tokens.scale() > SCALE && tokens.setScale(SCALE, RoundingMode.DOWN).compareTo(tokens) != 0) {
                throw InvalidInput.of(field, "has more than three decimals");
            }
            return new TokenAmount(tokens.movePointRight(SCALE).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw InvalidInput.of(field, "must be a number of tokens such as 10 or 2.5");
        }
    }

    public TokenAmount plus(TokenAmount other) {
        return new TokenAmount(Math.addExact(milli, other.milli));
    }

    public TokenAmount minus(TokenAmount other) {
        return new TokenAmount(Math.subtractExact(milli, other.milli));
    }

    public TokenAmount times(long factor) {
        return new TokenAmount(Math.multiplyExact(milli, factor));
    }

    public boolean isPositive() {
        return milli > 0;
    }

    public boolean isNegative() {
        return milli < 0;
    }

    public boolean isLessThan(TokenAmount other) {
        return milli < other.milli;
    }

    /** The amount as a decimal token count, e.g. {@code 12.5}: the form the API and CLI show. */
    public BigDecimal tokens() {
        return BigDecimal.valueOf(milli, SCALE).stripTrailingZeros();
    }

    @Override
    public int compareTo(TokenAmount other) {
        return Long.compare(milli, other.milli);
    }

    @Override
    public String toString() {
        return tokens().toPlainString();
    }
}

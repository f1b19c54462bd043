package io.chatnation.adapter.web.shared;

import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.TokenAmount;
import java.math.BigDecimal;

/**
 * Token amounts on the wire: shown as plain decimal numbers of tokens ({@code 12.5}, {@code 100}), read from a JSON
 * number or a string holding one, to at most three decimals.
 */
public final class Tokens {

    private Tokens() {}

    public static BigDecimal shown(TokenAmount amount) {
        BigDecimal tokens = amount.tokens();
        return tokens.scale() < 0 ? tokens.setScale(0) : tokens;
    }

    /** @throws InvalidInput naming {@code field} when the value is missing or not a number of tokens */
    public static TokenAmount parse(String field, Object raw) {
        if (raw == null) {
            throw InvalidInput.of(field, "is required");
        }
        if (raw instanceof Number || raw instanceof CharSequence) {
            return TokenAmount.parse(field, raw instanceof BigDecimal decimal ? decimal.toPlainString() : raw.toString());
        }
        throw InvalidInput.of(field, "must be a number of tokens such as 10 or 2.5");
    }
}

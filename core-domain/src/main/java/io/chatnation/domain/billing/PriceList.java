package io.chatnation.domain.billing;

import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.TokenAmount;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The platform's default prices with one organisation's negotiated overrides on top. */
public final class PriceList {

    public static final TokenAmount MAX_PRICE = TokenAmount.ofTokens(1_000_000);
    public static final long MAX_QUANTITY = 1_000_000_000L;

    private final Map<BillableAction, TokenAmount> overrides;

    private PriceList(Map<BillableAction, TokenAmount> overrides) {
        this.overrides = overrides.isEmpty() ? Map.of() : new EnumMap<>(overrides);
    }

    public static PriceList platformDefaults() {
        return new PriceList(Map.of());
    }

    public static PriceList withOverrides(Map<BillableAction, TokenAmount> overrides) {
        overrides.forEach((action, price) -> checkedPrice("tokens", price));
        return new PriceList(overrides);
    }

    /** A price an override may set: zero (free) up to {@link #MAX_PRICE}, in whole milli-tokens. */
    public static TokenAmount checkedPrice(String field, TokenAmount price) {
        if (price.isNegative()) {
            throw InvalidInput.of(field, "must not be negative");
        }
        if (MAX_PRICE.isLessThan(price)) {
            throw InvalidInput.of(field, "must be at most " + MAX_PRICE + " tokens");
        }
        return price;
    }

    public Price priceOf(BillableAction action) {
        TokenAmount override = overrides.get(action);
        return override == null ? new Price(action, action.platformPrice(), false) : new Price(action, override, true);
    }

    public List<Price> prices() {
        return Arrays.stream(BillableAction.values()).map(this::priceOf).toList();
    }

    /**
     * The cost of {@code quantity} units, exact to the milli-token and rounded up only there: 1 recipient of a
     * campaign send at 3 tokens per 100 costs 0.03 tokens; at 2.555 tokens per 100 it costs 0.026.
     */
    public TokenAmount costOf(BillableAction action, long quantity) {
        if (quantity < 0 || quantity > MAX_QUANTITY) {
            throw InvalidInput.of("quantity", "must be between 0 and " + MAX_QUANTITY);
        }
        long milli = Math.multiplyExact(quantity, priceOf(action).perUnit().milli());
        long size = action.unitSize();
        return TokenAmount.ofMilli(milli / size + (milli % size == 0 ? 0 : 1));
    }
}

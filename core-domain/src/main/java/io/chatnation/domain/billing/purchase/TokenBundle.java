package io.chatnation.domain.billing.purchase;

import io.chatnation.domain.shared.TokenAmount;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A fixed number of tokens on sale at a price in each currency it is offered in. */
public record TokenBundle(BundleCode code, String name, TokenAmount tokens, List<Money> prices) {

    public TokenBundle {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!tokens.isPositive()) {
            throw new IllegalArgumentException("a bundle holds a positive number of tokens");
        }
        Map<CurrencyCode, Money> byCurrency = new EnumMap<>(CurrencyCode.class);
        for (Money price : prices) {
            if (price.minor() == 0 || byCurrency.put(price.currency(), price) != null) {
                throw new IllegalArgumentException("one positive price per currency");
            }
        }
        prices = List.copyOf(byCurrency.values());
    }

    public Optional<Money> priceIn(CurrencyCode currency) {
        return prices.stream().filter(p -> p.currency() == currency).findFirst();
    }
}

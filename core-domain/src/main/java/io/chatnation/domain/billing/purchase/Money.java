package io.chatnation.domain.billing.purchase;

import io.chatnation.domain.shared.InvalidInput;
import java.math.BigDecimal;
import java.util.Objects;

/** An amount of money in whole minor units (cents), so that prices compare exactly. */
public record Money(CurrencyCode currency, long minor) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (minor < 0) {
            throw new IllegalArgumentException("money is never negative");
        }
    }

    public static Money ofMinor(CurrencyCode currency, long minor) {
        return new Money(currency, minor);
    }

    /** {@code 1500} or {@code 12.50} in the currency's major unit; more decimals than it has is refused. */
    public static Money of(CurrencyCode currency, BigDecimal major) {
        try {
            return new Money(currency, major.movePointRight(currency.minorDigits()).longValueExact());
        } catch (ArithmeticException e) {
            throw InvalidInput.of("amount", "is not an amount of " + currency + " such as 1500 or 12.50");
        }
    }

    /** The amount in the major unit with all its decimals, e.g. {@code 1500.00}. */
    public BigDecimal major() {
        return BigDecimal.valueOf(minor, currency.minorDigits());
    }

    /** True when there is nothing after the decimal point, as M-Pesa (whole shillings only) needs. */
    public boolean isWhole() {
        return minor % BigDecimal.TEN.pow(currency.minorDigits()).longValueExact() == 0;
    }

    @Override
    public String toString() {
        return currency + " " + major().toPlainString();
    }
}

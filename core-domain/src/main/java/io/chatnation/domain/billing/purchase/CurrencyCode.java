package io.chatnation.domain.billing.purchase;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The currencies tokens are sold in, with the number of decimals of their minor unit. */
public enum CurrencyCode {
    KES(2),
    USD(2);

    private final int minorDigits;

    CurrencyCode(int minorDigits) {
        this.minorDigits = minorDigits;
    }

    public int minorDigits() {
        return minorDigits;
    }

    public static CurrencyCode parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        String wanted = raw.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(wanted)).findFirst()
                .orElseThrow(() -> InvalidInput.of(field, "unsupported currency '" + raw.trim() + "'; one of "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}

package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The country whose dialling rules a locally written number follows ({@code KE}: {@code 0712 345 678} is
 * {@code +254712345678}), as an ISO 3166-1 alpha-2 code.
 */
public record PhoneRegion(String code) {

    private static final Pattern SHAPE = Pattern.compile("^[A-Z]{2}$");

    public PhoneRegion {
        if (code == null || !SHAPE.matcher(code).matches()) {
            throw InvalidInput.of("region", "must be a two-letter country code such as KE, NG or GB");
        }
    }

    public static PhoneRegion parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        String upper = raw.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(upper).matches()) {
            throw InvalidInput.of(field, "must be a two-letter country code such as KE, NG or GB");
        }
        return new PhoneRegion(upper);
    }

    @Override
    public String toString() {
        return code;
    }
}

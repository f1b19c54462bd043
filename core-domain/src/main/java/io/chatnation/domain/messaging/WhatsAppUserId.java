package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.regex.Pattern;

/**
 * A business-scoped user id (BSUID): how WhatsApp names a user who hides their phone number behind a username,
 * stable within one business portfolio — a country code, a dot and an opaque id ({@code KE.1502576394655843}), or a
 * parent id shared across portfolios ({@code US.ENT.11815799212886844830}). Kept exactly as received. The check is
 * a little looser than the documented form: refusing an id would refuse the whole webhook that carries it, and a
 * message lost to a format tweak costs more than an odd-looking id.
 */
public record WhatsAppUserId(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[A-Z]{2}(\\.[A-Za-z0-9_-]{1,128}){1,3}$");

    public WhatsAppUserId {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("userId", "is required");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw InvalidInput.of("userId", "must be a WhatsApp business-scoped user id such as KE.1502576394655843");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

package io.chatnation.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** A normalised (trimmed, lower-case) e-mail address. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[^\\s@<>()\\[\\],;:\"]{2,}$");
    public static final int MAX_LENGTH = 254;

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("email", "is required");
        }
        value = value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH) {
            throw InvalidInput.of("email", "must be at most " + MAX_LENGTH + " characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl) || !SHAPE.matcher(value).matches()) {
            throw InvalidInput.of("email", "is not a valid e-mail address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

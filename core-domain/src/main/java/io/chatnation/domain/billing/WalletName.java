package io.chatnation.domain.billing;

import io.chatnation.domain.shared.InvalidInput;

/** What people call a wallet ("Main", "Marketing", "Nairobi Expo 2026"); unique per organisation, ignoring case. */
public record WalletName(String value) {

    public static final int MAX_LENGTH = 60;
    public static final WalletName MAIN = new WalletName("Main");

    public WalletName {
        value = checked("name", value);
    }

    public static WalletName of(String field, String raw) {
        return new WalletName(checked(field, raw));
    }

    private static String checked(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        String trimmed = raw.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            throw InvalidInput.of(field, "must be at most " + MAX_LENGTH + " characters");
        }
        if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw InvalidInput.of(field, "must not contain control characters");
        }
        return trimmed;
    }

    @Override
    public String toString() {
        return value;
    }
}

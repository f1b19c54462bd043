package io.chatnation.domain.identity;

import io.chatnation.domain.shared.InvalidInput;

/** A password as typed, checked against the policy; never stored, never printed. */
public final class PlainPassword {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private final String value;

    private PlainPassword(String value) {
        this.value = value;
    }

    public static PlainPassword of(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            throw InvalidInput.of(field, "is required");
        }
        if (raw.length() < MIN_LENGTH) {
            throw InvalidInput.of(field, "must be at least " + MIN_LENGTH + " characters");
        }
        if (raw.length() > MAX_LENGTH) {
            throw InvalidInput.of(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return new PlainPassword(raw);
    }

    /**
     * A password typed to sign in: checked against a stored hash, so the length policy of new passwords
     * does not apply (it may have changed since the password was chosen).
     */
    public static PlainPassword candidate(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            throw InvalidInput.of(field, "is required");
        }
        if (raw.length() > MAX_LENGTH) {
            throw InvalidInput.of(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return new PlainPassword(raw);
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "PlainPassword[****]";
    }
}

package io.chatnation.domain.billing;

import io.chatnation.domain.shared.InvalidInput;

/** Free text kept with a ledger entry: the reason of an adjustment, the note of a transfer. May be empty. */
public record Memo(String value) {

    public static final int MAX_LENGTH = 500;
    public static final Memo NONE = new Memo("");

    public Memo {
        value = checked("memo", value, false);
    }

    public static Memo optional(String field, String raw) {
        return new Memo(checked(field, raw, false));
    }

    public static Memo required(String field, String raw) {
        return new Memo(checked(field, raw, true));
    }

    /** Text from another system (a payment provider's description): control characters dropped, cut to length. */
    public static Memo cleaned(String raw) {
        String text = raw == null ? "" : raw.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        int cut = text.codePointCount(0, text.length()) > MAX_LENGTH ? text.offsetByCodePoints(0, MAX_LENGTH) : text.length();
        return new Memo(text.substring(0, cut));
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    private static String checked(String field, String raw, boolean required) {
        String text = raw == null ? "" : raw.strip();
        if (required && text.isEmpty()) {
            throw InvalidInput.of(field, "is required");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw InvalidInput.of(field, "must be at most " + MAX_LENGTH + " characters");
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw InvalidInput.of(field, "must not contain control characters");
        }
        return text;
    }

    @Override
    public String toString() {
        return value;
    }
}

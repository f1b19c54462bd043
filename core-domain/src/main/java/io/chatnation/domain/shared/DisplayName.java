package io.chatnation.domain.shared;

/**
 * A human-readable name (of a person, an organisation, an API key). Any script is welcome, including
 * characters that mean something to SQL or HTML: those are neutralised where they are rendered or
 * bound, never by mangling the name. Control characters are refused.
 */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 120;

    public DisplayName {
        value = checked("name", value);
    }

    public static DisplayName of(String field, String raw) {
        return new DisplayName(checked(field, raw));
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

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
        if (trimmed.codePoints().anyMatch(DisplayName::isControl)) {
            throw InvalidInput.of(field, "must not contain control characters");
        }
        return trimmed;
    }

    /**
     * Control characters, line breaks in any form, and the bidirectional overrides that make a name read
     * differently from what it is ("Trojan Source" spoofing). Joiners stay allowed: scripts and emoji need them.
     */
    private static boolean isControl(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    @Override
    public String toString() {
        return value;
    }
}

package io.chatnation.domain.shared;

/**
 * The rules every short text a person types and others read (a name, a title) follows: required, trimmed, at
 * most so many characters (counted as people count them, not in UTF-16 units), and free of control characters,
 * line breaks and the bidirectional overrides that make a text read differently from what it is ("Trojan
 * Source" spoofing). Any script and any SQL or HTML metacharacter is welcome: those are neutralised where a
 * text is bound or rendered, never by mangling it. Joiners stay allowed: scripts and emoji need them.
 */
public final class HumanText {

    private HumanText() {}

    /** The trimmed text, or an {@link InvalidInput} naming {@code field}. */
    public static String checked(String field, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        String trimmed = raw.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            throw InvalidInput.of(field, "must be at most " + maxLength + " characters");
        }
        if (trimmed.codePoints().anyMatch(HumanText::isControl)) {
            throw InvalidInput.of(field, "must not contain control characters");
        }
        return trimmed;
    }

    private static boolean isControl(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}

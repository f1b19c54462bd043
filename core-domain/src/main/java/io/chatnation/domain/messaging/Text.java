package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Optional;

/**
 * The length and character checks every piece of message text goes through. WhatsApp counts characters, not bytes
 * or UTF-16 units, so an emoji counts once here too.
 */
final class Text {

    private Text() {}

    /** Free text that may span lines (a message body, a caption). */
    static String body(String field, String value, int max) {
        String checked = required(field, value, max);
        if (checked.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw InvalidInput.of(field, "must not contain control characters");
        }
        return checked;
    }

    static Optional<String> optionalBody(String field, Optional<String> value, int max) {
        return value.map(v -> body(field, v, max));
    }

    /** One line: a title, a label, an id. */
    static String line(String field, String value, int max) {
        String checked = required(field, value, max);
        if (checked.codePoints().anyMatch(Character::isISOControl)) {
            throw InvalidInput.of(field, "must be a single line without control characters");
        }
        return checked;
    }

    static Optional<String> optionalLine(String field, Optional<String> value, int max) {
        return value.map(v -> line(field, v, max));
    }

    static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        if (length(value) > max) {
            throw InvalidInput.of(field, "must be at most " + max + " characters");
        }
        return value;
    }
}

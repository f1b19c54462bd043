package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Locale;

/** What an import does with a row whose phone number already belongs to a contact. */
public enum DuplicatePolicy {
    /** Fills in the contact from the row: name and language replaced, labels and custom fields merged. */
    UPDATE,
    /** Leaves the existing contact as it is. */
    SKIP;

    public static DuplicatePolicy parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return UPDATE;
        }
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "must be update or skip");
        }
    }
}

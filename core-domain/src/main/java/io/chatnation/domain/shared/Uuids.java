package io.chatnation.domain.shared;

import java.util.UUID;

/** Parses identifiers arriving as text, turning a malformed one into a field error rather than a crash. */
public final class Uuids {
    private Uuids() {}

    public static UUID parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        try {
            UUID id = UUID.fromString(raw.trim());
            if (!id.toString().equalsIgnoreCase(raw.trim())) {
                throw InvalidInput.of(field, "is not a valid id");
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "is not a valid id");
        }
    }
}

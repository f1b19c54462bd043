package io.chatnation.domain.shared;

import java.util.Optional;

/** Cursor pagination: an opaque cursor from the previous page and a page size of 1 to 100. */
public record PageRequest(Optional<String> cursor, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final int MAX_CURSOR_LENGTH = 512;

    public PageRequest {
        cursor = cursor == null ? Optional.empty() : cursor.filter(c -> !c.isBlank());
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInput.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (cursor.map(String::length).orElse(0) > MAX_CURSOR_LENGTH) {
            throw InvalidInput.of("cursor", "is not a cursor this API issued");
        }
    }

    public static PageRequest of(String cursor, Integer limit) {
        return new PageRequest(Optional.ofNullable(cursor), limit == null ? DEFAULT_LIMIT : limit);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(Optional.empty(), limit);
    }
}

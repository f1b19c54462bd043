package io.chatnation.adapter.persistence.shared;

import io.chatnation.domain.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * The position after which a page continues: (time, id) of the last row shown, as an opaque cursor.
 * Keyset pagination stays fast and stable however deep the client pages, unlike OFFSET.
 */
public record Keyset(Instant at, UUID id) {

    public String encode() {
        String raw = at.truncatedTo(ChronoUnit.MICROS) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Keyset decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new Keyset(Instant.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw InvalidInput.of("cursor", "is not a cursor this API issued");
        }
    }
}

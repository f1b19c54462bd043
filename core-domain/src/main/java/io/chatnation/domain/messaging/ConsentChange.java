package io.chatnation.domain.messaging;

import java.time.Instant;
import java.util.Objects;

/** One entry of a contact's consent history: opted in or out, when, and from where (a keyword, the API, an import). */
public record ConsentChange(boolean optedOut, String source, Instant at) {

    public ConsentChange {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
    }
}

package io.chatnation.domain.billing;

import io.chatnation.domain.shared.InvalidInput;
import java.util.regex.Pattern;

/**
 * Names one intended wallet operation so that repeating it (a retried request, a redelivered message) has
 * exactly one effect: the same key returns the first result, the same key with other parameters is a conflict.
 * Keys are unique per organisation. Callers namespace them by origin ({@code campaign:<id>:chunk:7},
 * {@code purchase:<id>}, {@code request:<client key>}) so that one module's keys never collide with another's.
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 200;
    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:/+=@-]*$");

    public IdempotencyKey {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("idempotencyKey", "is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw InvalidInput.of("idempotencyKey", "must be at most " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw InvalidInput.of("idempotencyKey", "may hold only letters, digits and . _ : / + = @ -");
        }
    }

    /** A key under a namespace, e.g. {@code IdempotencyKey.in("purchase", id)}. */
    public static IdempotencyKey in(String namespace, Object name) {
        return new IdempotencyKey(namespace + ":" + name);
    }

    @Override
    public String toString() {
        return value;
    }
}

package io.chatnation.adapter.web.billing;

import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.shared.InvalidInput;
import java.util.UUID;

/**
 * The key of a wallet-changing request: the client's {@code Idempotency-Key} header, so that a retried request
 * has one effect, or a fresh one when the client sent none. Client keys live under {@code request:}, apart from
 * the keys modules and payment callbacks use, so no client can pre-empt those.
 */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    private static final String NAMESPACE = "request";

    private IdempotencyKeys() {}

    static IdempotencyKey of(String header) {
        if (header == null || header.isBlank()) {
            return IdempotencyKey.in(NAMESPACE, UUID.randomUUID());
        }
        String key = header.trim();
        int room = IdempotencyKey.MAX_LENGTH - NAMESPACE.length() - 1;
        if (key.length() > room) {
            throw InvalidInput.of(HEADER, "must be at most " + room + " characters");
        }
        try {
            return IdempotencyKey.in(NAMESPACE, key);
        } catch (InvalidInput e) {
            throw InvalidInput.of(HEADER, e.errors().get(0).message());
        }
    }
}

package io.chatnation.ports.billing.usecase;

import java.util.Optional;

/**
 * The parameters of a wallet operation in one canonical line, stored with its ledger lines: a repeat under the
 * same idempotency key must produce the same line, or it is a different request reusing the key.
 */
final class Fingerprint {

    private final StringBuilder text;

    private Fingerprint(String operation) {
        this.text = new StringBuilder(operation);
    }

    static Fingerprint of(String operation) {
        return new Fingerprint(operation);
    }

    Fingerprint with(String name, Object value) {
        Object shown = value instanceof Optional<?> optional ? optional.map(Object::toString).orElse("-") : value;
        text.append(';').append(name).append('=').append(shown);
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

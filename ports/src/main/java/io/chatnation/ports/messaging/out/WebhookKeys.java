package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.WebhookKey;

/** Invents the unguessable key of a new account's webhook URL (at least 256 random bits). */
@FunctionalInterface
public interface WebhookKeys {
    WebhookKey next();
}

package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.WebhookKey;
import io.chatnation.ports.messaging.out.ChannelWebhooks;
import java.util.Map;

/**
 * What a provider posts to an account's webhook URL. The key in the URL names the account (an unknown key is a
 * NotFound); the account's secrets then decide whether the request is the provider's at all.
 */
public interface ReceiveChannelWebhook {

    /** The provider's subscription check: the challenge to echo, or a refusal (403). */
    ChannelWebhooks.HandshakeAnswer handshake(WebhookKey key, Map<String, String> queryParameters);

    /**
     * Authenticates a delivery and, in one transaction, stores its new messages and queues them (and its delivery
     * reports) for the workers. Nothing is stored for a rejected delivery.
     */
    Receipt receive(WebhookKey key, ChannelWebhooks.Delivery delivery);

    sealed interface Receipt {
    }

    /** Stored: {@code newMessages} were not seen before; {@code reports} delivery reports were queued. */
    record Accepted(int newMessages, int reports) implements Receipt {
    }

    /** Not signed by the provider with this account's app secret: answer 401. */
    record Unauthenticated(String reason) implements Receipt {
    }

    /** Signed, but not a payload we can read: answer 400. */
    record Malformed(String reason) implements Receipt {
    }
}

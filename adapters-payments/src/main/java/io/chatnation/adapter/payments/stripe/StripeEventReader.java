package io.chatnation.adapter.payments.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.adapter.payments.shared.ProviderHttp;
import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.ports.billing.out.PaymentNoticeReader;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads Stripe webhook deliveries: the signature is checked over the raw bytes before anything is parsed, then
 * the Checkout Session events become notices about the session's payment. Other event types are authentic but
 * say nothing about a purchase.
 */
public final class StripeEventReader implements PaymentNoticeReader {

    private final StripeWebhookVerifier verifier;

    public StripeEventReader(StripeWebhookVerifier verifier) {
        this.verifier = verifier;
    }

    /**
     * @throws InvalidInput naming {@value StripeWebhookVerifier#HEADER} when the signature is missing, stale or
     *                      wrong; naming the field when the body is not an event
     */
    @Override
    public Optional<Notice> read(Delivery delivery) {
        verifier.verify(delivery.signature().orElse(null), delivery.body());
        JsonNode event = parse(delivery.body());
        String eventId = event.path("id").asText("");
        JsonNode session = event.path("data").path("object");
        Optional<PaymentOutcome> outcome = outcome(event.path("type").asText(""), session);
        String sessionId = session.path("id").isTextual() ? session.path("id").asText() : "";
        if (eventId.isBlank() || outcome.isEmpty() || sessionId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Notice(new ProviderReference(sessionId), Optional.of(eventId), outcome.get()));
    }

    private static Optional<PaymentOutcome> outcome(String type, JsonNode session) {
        return switch (type) {
            case "checkout.session.completed" -> Optional.of(StripeSessions.completed(session));
            case "checkout.session.async_payment_succeeded" -> Optional.of(StripeSessions.paid(session));
            case "checkout.session.async_payment_failed" -> Optional.of(StripeSessions.failed());
            case "checkout.session.expired" -> Optional.of(StripeSessions.expired());
            default -> Optional.empty();
        };
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode event = ProviderHttp.JSON.readTree(body);
            if (event == null || !event.isObject()) {
                throw InvalidInput.of("body", "is not a Stripe event");
            }
            return event;
        } catch (IOException e) {
            throw InvalidInput.of("body", "is not JSON");
        }
    }
}

package io.chatnation.adapter.payments.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.adapter.payments.shared.ClientOrigins;
import io.chatnation.adapter.payments.shared.ProviderHttp;
import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.RuleViolated;
import io.chatnation.ports.billing.in.ConfirmPayment;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stripe's webhook endpoint. The signature is checked over the raw bytes before anything is parsed; a delivery
 * without a valid, fresh signature answers 400 and changes nothing. Each event is handled once (by its id), and
 * a session pays for its purchase once however many events say so.
 */
@Controller("/api/v1/payments/stripe/webhook")
@Requires(beans = StripeWebhookVerifier.class)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class StripeWebhookController {

    private static final Logger LOG = LoggerFactory.getLogger(StripeWebhookController.class);

    private final StripeWebhookVerifier verifier;
    private final ConfirmPayment confirm;
    private final ClientOrigins origins;

    public StripeWebhookController(StripeWebhookVerifier verifier, ConfirmPayment confirm, ClientOrigins origins) {
        this.verifier = verifier;
        this.confirm = confirm;
        this.origins = origins;
    }

    @Post(consumes = {MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN}, produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> receive(@Nullable @Header(StripeWebhookVerifier.HEADER) String signature,
                                       @Body byte[] body, HttpRequest<?> request) {
        try {
            verifier.verify(signature, body);
        } catch (InvalidInput e) {
            LOG.warn("Stripe webhook from {} refused: {}", origins.of(request).ipAddress().orElse("?"), e.getMessage());
            throw e;
        }
        JsonNode event = parse(body);
        String eventId = event.path("id").asText("");
        String type = event.path("type").asText("");
        JsonNode session = event.path("data").path("object");
        Optional<PaymentOutcome> outcome = outcome(type, session);
        if (eventId.isBlank() || outcome.isEmpty() || !session.path("id").isTextual()) {
            return Map.of("received", true, "handled", false);
        }
        ConfirmPayment.Outcome result = confirm.confirm(new ConfirmPayment.Command(PaymentProvider.STRIPE,
                new ConfirmPayment.PaymentAttempt(), Optional.of(new ProviderReference(session.path("id").asText())),
                Optional.of(eventId), outcome.get(), origins.of(request)));
        if (result instanceof ConfirmPayment.NoSuchPurchase) {
            // Authentic, but not ours (e.g. a payment link made in the Stripe dashboard): nothing to do, no retry wanted.
            LOG.info("Stripe event {} ({}) names no purchase of ours", eventId, type);
            return Map.of("received", true, "handled", false);
        }
        if (result instanceof ConfirmPayment.Rejected rejected) {
            LOG.warn("Stripe event {} for purchase {} rejected: {}", eventId, rejected.purchase(), rejected.reason());
            throw new RuleViolated(rejected.rule(), rejected.reason());
        }
        return Map.of("received", true, "handled", true);
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

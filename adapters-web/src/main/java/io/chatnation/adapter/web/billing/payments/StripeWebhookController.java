package io.chatnation.adapter.web.billing.payments;

import io.chatnation.adapter.web.shared.Problem;
import io.chatnation.adapter.web.shared.RequestOrigins;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.RequestOrigin;
import io.chatnation.domain.shared.RuleViolated;
import io.chatnation.ports.billing.in.ConfirmPayment;
import io.chatnation.ports.billing.in.ReceiveStripeEvent;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stripe's webhook endpoint, served where the endpoint's signing secret is configured. The signature is checked
 * over the raw bytes before anything is parsed; a delivery without a valid, fresh signature answers 400 and
 * changes nothing. Each event is handled once (by its id), and a session pays for its purchase once however many
 * events say so.
 */
@Controller("/api/v1/payments/stripe/webhook")
@Requires(beans = ReceiveStripeEvent.class)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProviderCallbackDoc
public class StripeWebhookController {

    static final String SIGNATURE_HEADER = "Stripe-Signature";
    private static final Logger LOG = LoggerFactory.getLogger(StripeWebhookController.class);

    /** @param handled whether the event was about one of this platform's purchases (false: nothing to do, no retry wanted) */
    @Serdeable
    @Schema(name = "StripeWebhookReceipt")
    public record Receipt(boolean received, boolean handled) {
        static final Receipt HANDLED = new Receipt(true, true);
        static final Receipt IGNORED = new Receipt(true, false);
    }

    private final ReceiveStripeEvent receive;
    private final RequestOrigins origins;

    public StripeWebhookController(ReceiveStripeEvent receive, RequestOrigins origins) {
        this.receive = receive;
        this.origins = origins;
    }

    @Operation(operationId = "receiveStripeEvent",
            summary = "Receive a Stripe webhook event (called by Stripe, not by API clients)",
            description = "Stripe posts here the events of the Checkout Sessions opened for purchases: "
                    + "checkout.session.completed, .async_payment_succeeded, .async_payment_failed and .expired settle "
                    + "the purchase; any other event is acknowledged and ignored. The Stripe-Signature header, an "
                    + "HMAC of the raw body with the endpoint's signing secret, authenticates the call and must be "
                    + "fresh (300 seconds of tolerance by default). A payment credits the purchase's tokens once, "
                    + "however many events report it.")
    @Post(consumes = {MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN}, produces = MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "200", description = "Received; `handled` says whether it concerned one of this "
            + "platform's purchases (a repeated event is received and changes nothing)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class)))
    @ApiResponse(responseCode = "400", description = "The Stripe-Signature header is missing, stale or does not match the "
            + "body, or the body is not a Stripe event; `errors` names the header or field, and nothing changes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Receipt receive(
            @Parameter(description = "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\">, as Stripe signs deliveries")
            @Nullable @Header(SIGNATURE_HEADER) String signature,
            @RequestBody(required = true, description = "The event exactly as Stripe sends it: the signature covers these bytes",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Object.class,
                            description = "A Stripe Event object (id, type, data.object); for checkout.session.* events "
                                    + "data.object is the Checkout Session")))
            @Body byte[] body,
            HttpRequest<?> request) {
        RequestOrigin origin = origins.of(request);
        Optional<ConfirmPayment.Outcome> result;
        try {
            result = receive.receive(new ReceiveStripeEvent.Command(Optional.ofNullable(signature), body, origin));
        } catch (InvalidInput e) {
            LOG.warn("Stripe webhook from {} refused: {}", origin.ipAddress().orElse("?"), e.getMessage());
            throw e;
        }
        if (result.isEmpty()) {
            return Receipt.IGNORED;
        }
        if (result.get() instanceof ConfirmPayment.NoSuchPurchase) {
            // Authentic, but not ours (e.g. a payment link made in the Stripe dashboard): nothing to do, no retry wanted.
            LOG.info("A Stripe event names no purchase of ours");
            return Receipt.IGNORED;
        }
        if (result.get() instanceof ConfirmPayment.Rejected rejected) {
            LOG.warn("Stripe event for purchase {} rejected: {}", rejected.purchase(), rejected.reason());
            throw new RuleViolated(rejected.rule(), rejected.reason());
        }
        return Receipt.HANDLED;
    }
}

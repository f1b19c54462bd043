package io.chatnation.adapter.payments.mpesa;

import io.chatnation.adapter.payments.shared.ClientOrigins;
import io.chatnation.adapter.payments.shared.SecureCallbackTokens;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.RuleViolated;
import io.chatnation.ports.billing.in.ConfirmPayment;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Daraja posts STK Push results. Daraja does not sign them: the secret last path segment, given to
 * Daraja for one purchase only, is what tells a real callback from a forged one. Unknown segments answer
 * 404 and change nothing; repeated callbacks are acknowledged and change nothing.
 */
@Controller(MpesaCallbackController.PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MpesaCallbackController {

    public static final String PATH = "/api/v1/payments/mpesa/callback";
    private static final Logger LOG = LoggerFactory.getLogger(MpesaCallbackController.class);

    private final ConfirmPayment confirm;
    private final ClientOrigins origins;

    public MpesaCallbackController(ConfirmPayment confirm, ClientOrigins origins) {
        this.confirm = confirm;
        this.origins = origins;
    }

    @Post(uri = "/{token}", consumes = {MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN}, produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> receive(@PathVariable String token, @Body byte[] body, HttpRequest<?> request) {
        if (!SecureCallbackTokens.looksLikeOne(token)) {
            LOG.warn("M-Pesa callback on a malformed path from {}", origins.of(request).ipAddress().orElse("?"));
            throw new NotFound("Payment callback");
        }
        MpesaCallback callback = MpesaCallback.parse(body);
        ConfirmPayment.Outcome outcome = confirm.confirm(new ConfirmPayment.Command(PaymentProvider.MPESA,
                new ConfirmPayment.CallbackPath(token), Optional.of(callback.checkoutRequestId()), Optional.empty(),
                callback.outcome(), origins.of(request)));
        if (outcome instanceof ConfirmPayment.NoSuchPurchase) {
            LOG.warn("M-Pesa callback for {} on an unknown path from {}", callback.checkoutRequestId(),
                    origins.of(request).ipAddress().orElse("?"));
            throw new NotFound("Payment callback");
        }
        if (outcome instanceof ConfirmPayment.Rejected rejected) {
            LOG.warn("M-Pesa callback for purchase {} rejected: {}", rejected.purchase(), rejected.reason());
            throw new RuleViolated(rejected.rule(), rejected.reason());
        }
        // Daraja's expected acknowledgement.
        return Map.of("ResultCode", 0, "ResultDesc", "Accepted");
    }
}

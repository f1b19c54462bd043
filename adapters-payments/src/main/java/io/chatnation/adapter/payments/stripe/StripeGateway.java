package io.chatnation.adapter.payments.stripe;

import io.chatnation.adapter.payments.shared.ProviderHttp;
import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.ports.billing.out.PaymentGateway;
import io.chatnation.ports.billing.out.PaymentProviderFailed;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Stripe Checkout: a hosted payment page per purchase; the session's id is the payment attempt's reference. */
public final class StripeGateway implements PaymentGateway {

    static final String SESSIONS = "/v1/checkout/sessions";

    private final StripeSettings settings;
    private final ProviderHttp http;
    private final Clock clock;

    public StripeGateway(StripeSettings settings, Clock clock) {
        this.settings = settings;
        this.http = new ProviderHttp(PaymentProvider.STRIPE, settings.timeout());
        this.clock = clock;
    }

    @Override
    public PaymentProvider provider() {
        return PaymentProvider.STRIPE;
    }

    @Override
    public Initiation initiate(PaymentRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("mode", "payment");
        form.put("client_reference_id", request.purchase().toString());
        form.put("success_url", settings.successUrl());
        form.put("cancel_url", settings.cancelUrl());
        form.put("expires_at", Long.toString(clock.instant().plus(settings.sessionLifetime()).getEpochSecond()));
        form.put("line_items[0][quantity]", "1");
        form.put("line_items[0][price_data][currency]", request.amount().currency().name().toLowerCase(Locale.ROOT));
        form.put("line_items[0][price_data][unit_amount]", Long.toString(request.amount().minor()));
        form.put("line_items[0][price_data][product_data][name]", request.description());
        form.put("metadata[purchase_id]", request.purchase().toString());
        form.put("metadata[org_id]", request.org().toString());
        ProviderHttp.Reply reply = http.send(authorised(URI.create(settings.baseUrl() + SESSIONS))
                .header("Content-Type", "application/x-www-form-urlencoded")
                // A retried request for the same purchase returns the same session instead of opening a second one.
                .header("Idempotency-Key", "purchase-" + request.purchase())
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
        String id = reply.text("id");
        String url = reply.text("url");
        if (!reply.ok() || id.isBlank() || url.isBlank()) {
            throw failed("refused to open a checkout session", reply);
        }
        return new Initiation(new ProviderReference(id), Optional.of(url));
    }

    @Override
    public PaymentOutcome query(Purchase purchase) {
        ProviderReference session = purchase.providerReference().orElseThrow(() ->
                new IllegalArgumentException("only an initiated purchase can be queried"));
        ProviderHttp.Reply reply = http.send(authorised(URI.create(settings.baseUrl() + SESSIONS + "/"
                + URLEncoder.encode(session.value(), StandardCharsets.UTF_8))).GET());
        if (!reply.ok()) {
            throw failed("did not return the checkout session", reply);
        }
        return StripeSessions.current(reply.body());
    }

    private HttpRequest.Builder authorised(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + settings.secretKey());
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static PaymentProviderFailed failed(String what, ProviderHttp.Reply reply) {
        String reason = reply.body().path("error").path("message").asText("no reason given");
        return new PaymentProviderFailed(PaymentProvider.STRIPE, "Stripe " + what + " (HTTP " + reply.status() + "): " + reason);
    }
}

package io.chatnation.app.server.payments;

import io.chatnation.adapter.payments.stripe.StripeSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.time.Duration;

/**
 * {@code chatnation.payments.stripe.*}: Stripe Checkout is offered when a secret key is set; its webhook is
 * served when {@code webhook-secret} (the endpoint's signing secret, {@code whsec_…}) is set too.
 */
@ConfigurationProperties("chatnation.payments.stripe")
@Requires(property = "chatnation.payments.stripe.secret-key")
public record StripeConfiguration(String secretKey, @Nullable String webhookSecret, @Nullable URI baseUrl,
                                  @Nullable String successUrl, @Nullable String cancelUrl, @Nullable Duration sessionLifetime,
                                  @Nullable Duration signatureTolerance, @Nullable Duration timeout) {

    public StripeSettings settings() {
        return new StripeSettings(secretKey, baseUrl, successUrl, cancelUrl, sessionLifetime, timeout);
    }

    @Override
    public String toString() {
        return settings().toString();
    }
}

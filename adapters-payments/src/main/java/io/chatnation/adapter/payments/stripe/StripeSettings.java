package io.chatnation.adapter.payments.stripe;

import java.net.URI;
import java.time.Duration;

/**
 * The secret API key, where Stripe lives, where the payer returns after checkout, and how long a checkout
 * session stays open (Stripe allows 30 minutes to 24 hours).
 *
 * @param successUrl where the payer lands after paying; kept as text, since Stripe fills in a literal
 *                   {@code {CHECKOUT_SESSION_ID}} that no URI parser accepts
 */
public record StripeSettings(String secretKey, URI baseUrl, String successUrl, String cancelUrl, Duration sessionLifetime,
                             Duration timeout) {

    public static final URI API = URI.create("https://api.stripe.com");

    public StripeSettings {
        if (secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("chatnation.payments.stripe.secret-key is required");
        }
        baseUrl = baseUrl == null ? API : baseUrl;
        requireWebAddress("success-url", successUrl);
        requireWebAddress("cancel-url", cancelUrl);
        sessionLifetime = sessionLifetime == null ? Duration.ofHours(1) : sessionLifetime;
        if (sessionLifetime.compareTo(Duration.ofMinutes(30)) < 0 || sessionLifetime.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("chatnation.payments.stripe.session-lifetime must be between 30 minutes and 24 hours");
        }
        timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
    }

    private static void requireWebAddress(String name, String value) {
        if (value == null || !(value.startsWith("https://") || value.startsWith("http://"))) {
            throw new IllegalArgumentException("chatnation.payments.stripe." + name + " must be an http(s) address");
        }
    }

    @Override
    public String toString() {
        return "StripeSettings[baseUrl=" + baseUrl + ", successUrl=" + successUrl + "]";
    }
}

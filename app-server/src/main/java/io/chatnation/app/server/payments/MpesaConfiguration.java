package io.chatnation.app.server.payments;

import io.chatnation.adapter.payments.mpesa.MpesaSettings;
import io.chatnation.adapter.web.billing.payments.MpesaCallbackController;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.time.Duration;

/**
 * {@code chatnation.payments.mpesa.*}: M-Pesa is offered when a consumer key is set. {@code base-url} defaults to
 * Daraja's sandbox ({@code https://api.safaricom.co.ke} in production); {@code callback-base-url} is this
 * platform's public https address.
 */
@ConfigurationProperties("chatnation.payments.mpesa")
@Requires(property = "chatnation.payments.mpesa.consumer-key")
public record MpesaConfiguration(String consumerKey, String consumerSecret, String shortcode, String passkey,
                                 @Nullable URI baseUrl, @Nullable URI callbackBaseUrl, @Nullable String transactionType,
                                 @Nullable String partyB, @Nullable String accountReference, @Nullable Duration timeout) {

    public MpesaSettings settings() {
        // Daraja is told the address of the web adapter's callback endpoint: one path, defined once, there.
        return new MpesaSettings(consumerKey, consumerSecret, shortcode, passkey, baseUrl, callbackBaseUrl,
                MpesaCallbackController.PATH, transactionType, partyB, accountReference, timeout);
    }

    @Override
    public String toString() {
        return settings().toString();
    }
}

package io.chatnation.adapter.payments.mpesa;

import io.chatnation.adapter.payments.shared.ProviderHttp;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.ports.billing.out.PaymentProviderFailed;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Daraja's OAuth access token (client credentials), fetched once and reused until shortly before it expires
 * (about an hour), so a burst of purchases costs one token request, not one each.
 */
final class DarajaAccessTokens {

    /** Renew this long before expiry, so a token never dies between being read and being presented. */
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);

    private final MpesaSettings settings;
    private final ProviderHttp http;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    DarajaAccessTokens(MpesaSettings settings, ProviderHttp http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    synchronized String current() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return token;
    }

    /** Daraja refused {@code stale}: the next call fetches a new one (unless another thread already did). */
    synchronized void discard(String stale) {
        if (stale.equals(token)) {
            token = null;
        }
    }

    private void fetch() {
        String basic = Base64.getEncoder().encodeToString((settings.consumerKey() + ":" + settings.consumerSecret())
                .getBytes(StandardCharsets.UTF_8));
        ProviderHttp.Reply reply = http.send(HttpRequest.newBuilder(
                        URI.create(settings.baseUrl() + "/oauth/v1/generate?grant_type=client_credentials"))
                .header("Authorization", "Basic " + basic).GET());
        String accessToken = reply.text("access_token");
        if (!reply.ok() || accessToken.isEmpty()) {
            throw new PaymentProviderFailed(PaymentProvider.MPESA, "M-Pesa refused our credentials (HTTP " + reply.status()
                    + "): " + firstNonEmpty(reply.text("errorMessage"), reply.text("resultDesc"), "no access token"));
        }
        long lifetime;
        try {
            lifetime = Long.parseLong(reply.text("expires_in")); // Daraja sends it as a string
        } catch (NumberFormatException e) {
            lifetime = 3599;
        }
        Instant now = clock.instant();
        token = accessToken;
        renewAt = now.plusSeconds(lifetime).minus(RENEW_BEFORE_EXPIRY);
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }
}

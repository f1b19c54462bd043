package io.chatnation.adapter.web.messaging;

import io.chatnation.domain.messaging.ChannelAccount;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * The address a provider must post an account's webhooks to. Behind a proxy or tunnel the server cannot know its
 * public address, so {@code chatnation.public-url} says it; unset, the address the request came in on is used.
 */
@Singleton
public class WebhookUrls {

    static final String PATH = "/api/v1/webhooks/whatsapp/";
    static final String TWILIO_PATH = "/api/v1/webhooks/twilio/";

    private final String publicUrl;

    public WebhookUrls(@Value("${chatnation.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Null for the sandbox: its traffic comes from the simulated phone, never over a webhook. */
    String of(ChannelAccount account, HttpRequest<?> request) {
        return switch (account.provider()) {
            case WHATSAPP_CLOUD -> base(request) + PATH + account.webhookKey().value();
            case TWILIO -> base(request) + TWILIO_PATH + account.webhookKey().value();
            case SANDBOX -> null;
        };
    }

    /**
     * The URL Twilio posted {@code request} to, as Twilio saw it: the URL it signs. Behind a proxy the address the
     * request came in on is not that one, which is why a configured public URL wins.
     */
    String requested(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return base(request) + request.getPath() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    private String base(HttpRequest<?> request) {
        if (!publicUrl.isBlank()) {
            return publicUrl;
        }
        String host = request.getHeaders().get("Host");
        String scheme = request.isSecure() ? "https" : "http";
        return host == null ? "" : scheme + "://" + host;
    }
}

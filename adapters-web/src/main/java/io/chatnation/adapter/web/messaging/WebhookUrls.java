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

    private final String publicUrl;

    public WebhookUrls(@Value("${chatnation.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String of(ChannelAccount account, HttpRequest<?> request) {
        return base(request) + PATH + account.webhookKey().value();
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

package io.chatnation.adapter.payments.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.ports.billing.out.PaymentProviderFailed;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * JSON over HTTPS to one provider, with a deadline on every call. Any status comes back as a {@link Reply} for
 * the gateway to read in the provider's terms; only a provider that cannot be reached becomes
 * {@link PaymentProviderFailed}.
 */
public final class ProviderHttp {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** @param body the parsed JSON body; a missing node when the body is not JSON */
    public record Reply(int status, JsonNode body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public String text(String field) {
            JsonNode value = body.path(field);
            return value.isMissingNode() || value.isNull() ? "" : value.asText();
        }
    }

    private final PaymentProvider provider;
    private final HttpClient client;
    private final Duration timeout;

    public ProviderHttp(PaymentProvider provider, Duration timeout) {
        this.provider = provider;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Reply send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(timeout).build();
        try {
            HttpResponse<byte[]> response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), parse(response.body()));
        } catch (IOException e) {
            throw new PaymentProviderFailed(provider, provider.title() + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentProviderFailed(provider, "Interrupted while waiting for " + provider.title(), e);
        }
    }

    public static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("A request body is always serialisable", e);
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? MissingNode.getInstance() : JSON.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}

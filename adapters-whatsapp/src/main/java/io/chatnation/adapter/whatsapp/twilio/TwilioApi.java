package io.chatnation.adapter.whatsapp.twilio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.domain.messaging.ChannelSecret;
import io.chatnation.domain.messaging.TwilioAccountSid;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Twilio's REST API for one account: form-encoded POSTs with HTTP basic auth (account SID and auth token). Every
 * outcome — an answer, a Twilio error, a timeout, a dropped connection — comes back as a value, classified for retry.
 */
final class TwilioApi {

    static final String API_VERSION = "2010-04-01";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI baseUri;
    private final TwilioAccountSid accountSid;
    private final ChannelSecret authToken;
    private final Duration timeout;
    private final HttpClient http;

    TwilioApi(URI baseUri, TwilioAccountSid accountSid, ChannelSecret authToken, Duration timeout, HttpClient http) {
        this.baseUri = baseUri;
        this.accountSid = accountSid;
        this.authToken = authToken;
        this.timeout = timeout;
        this.http = http;
    }

    sealed interface Answer {
    }

    record Ok(JsonNode body) implements Answer {
    }

    record Failed(ChannelFailure failure) implements Answer {
    }

    /** {@code POST /2010-04-01/Accounts/{sid}/{resource}} with the parameters form-encoded, in the order given. */
    Answer post(String resource, List<Map.Entry<String, String>> form) {
        String encoded = form.stream().map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
        URI uri = baseUri.resolve("/" + API_VERSION + "/Accounts/" + accountSid.value() + "/" + resource);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", basicAuth())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encoded, StandardCharsets.UTF_8)).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return new Failed(ChannelFailure.retryable("timeout", "Twilio did not answer in time"));
        } catch (IOException e) {
            return new Failed(ChannelFailure.retryable("unreachable", "Twilio could not be reached: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed(ChannelFailure.retryable("interrupted", "The request to Twilio was interrupted"));
        }
        Optional<JsonNode> body = readJson(response.body());
        if (response.statusCode() / 100 == 2 && body.isPresent()) {
            return new Ok(body.get());
        }
        Optional<Integer> code = body.map(b -> b.path("code")).filter(JsonNode::canConvertToInt).map(JsonNode::asInt);
        String message = body.map(b -> b.path("message").asText("")).filter(m -> !m.isBlank())
                .orElse("Twilio answered HTTP " + response.statusCode());
        return new Failed(TwilioErrorClassifier.classify(response.statusCode(), code, message));
    }

    String basicAuth() {
        String pair = accountSid.value() + ":" + authToken.value();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<JsonNode> readJson(byte[] body) {
        try {
            return body.length == 0 ? Optional.empty() : Optional.of(JSON.readTree(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

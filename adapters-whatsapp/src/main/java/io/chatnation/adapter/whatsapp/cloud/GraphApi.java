package io.chatnation.adapter.whatsapp.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatnation.domain.messaging.ChannelFailure;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Optional;

/**
 * Calls to the Graph API for one phone number, with its bearer token and time limit. Every way a call can go wrong —
 * a Graph error, an unreadable answer, a timeout, a dropped connection — comes back as a classified
 * {@link ChannelFailure}, never as an exception, so callers decide on retry in one place.
 */
final class GraphApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloudApiSettings settings;
    private final HttpClient http;

    GraphApi(CloudApiSettings settings, HttpClient http) {
        this.settings = settings;
        this.http = http;
    }

    sealed interface Answer {
    }

    record Ok(JsonNode body) implements Answer {
    }

    record Failed(ChannelFailure failure) implements Answer {
    }

    Answer postJson(String path, byte[] body) {
        HttpRequest request = authorised(settings.graphPath(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return exchange(request);
    }

    Answer getJson(String path) {
        return exchange(authorised(settings.graphPath(path)).GET().build());
    }

    /** Opens a download; the caller reads (and limits) the body, and must close it. */
    HttpResponse<InputStream> open(URI url) throws IOException, InterruptedException {
        return http.send(authorised(url).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    HttpRequest.Builder authorised(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("Authorization", "Bearer " + settings.accessToken().value());
    }

    private Answer exchange(HttpRequest request) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return new Failed(timedOut());
        } catch (IOException e) {
            return new Failed(unreachable(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed(ChannelFailure.retryable("interrupted", "Interrupted while waiting for the Cloud API"));
        }
        Optional<JsonNode> body = readJson(response.body());
        if (response.statusCode() / 100 == 2) {
            return body.<Answer>map(Ok::new).orElseGet(() -> new Failed(ChannelFailure.permanent("unreadable_response",
                    "The Cloud API answered " + response.statusCode() + " with a body that is not JSON")));
        }
        return new Failed(failure(response.statusCode(), body));
    }

    /** A Graph error body: {@code {"error":{"message","type","code","error_data":{"details"},"fbtrace_id"}}}. */
    static ChannelFailure failure(int status, Optional<JsonNode> body) {
        JsonNode error = body.map(b -> b.path("error")).orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
        Optional<Integer> code = error.path("code").canConvertToInt() || error.path("code").isTextual()
                ? parseCode(error.path("code").asText()) : Optional.empty();
        String message = error.path("message").asText("The Cloud API answered HTTP " + status);
        String details = error.path("error_data").path("details").asText("");
        return CloudApiErrorClassifier.classify(status, code, details.isEmpty() ? message : message + ": " + details);
    }

    static ChannelFailure timedOut() {
        // The request may have reached Meta; a retry risks a duplicate, which the user minds less than a lost reply.
        return ChannelFailure.retryable("timeout", "The Cloud API did not answer in time");
    }

    static ChannelFailure unreachable(IOException e) {
        return ChannelFailure.retryable("network_error", "The Cloud API could not be reached: " + e.getClass().getSimpleName());
    }

    static Optional<JsonNode> readJson(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(body)).filter(JsonNode::isObject);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> parseCode(String raw) {
        try {
            return Optional.of(Integer.parseInt(raw.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

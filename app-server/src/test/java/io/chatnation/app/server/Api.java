package io.chatnation.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A plain HTTP client for API tests: every status comes back as a value (no exceptions for 4xx), with
 * the body parsed as JSON when it is JSON. Knows how to register a fresh organisation.
 */
public final class Api {

    public static final String PASSWORD = "correct-horse-battery";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    public record Response(int status, java.net.http.HttpHeaders headers, String raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(raw);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + raw, e);
            }
        }

        public String contentType() {
            return headers.firstValue("content-type").orElse("");
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        @Override
        public String toString() {
            return status + " " + raw;
        }
    }

    /** A signed-in user of a freshly registered organisation. */
    public record Session(String accessToken, String refreshToken, String orgId, String userId, String email) {
        public String bearer() {
            return "Bearer " + accessToken;
        }
    }

    private Api() {}

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    public static Session registerOrganisation(String name) {
        String email = uniqueEmail("owner");
        Response r = post("/api/v1/auth/register", null, Map.of("organizationName", name, "name", "Owner of " + name,
                "email", email, "password", PASSWORD));
        if (r.status() != 201) {
            throw new IllegalStateException("Registration failed: " + r);
        }
        return session(r, email);
    }

    public static Session logIn(String email, String password) {
        Response r = post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
        if (r.status() != 200) {
            throw new IllegalStateException("Sign-in failed: " + r);
        }
        return session(r, email);
    }

    public static Session session(Response r, String email) {
        JsonNode s = r.json();
        return new Session(s.get("accessToken").asText(), s.get("refreshToken").asText(), s.get("organizationId").asText(),
                s.get("userId").asText(), email);
    }

    public static Response get(String path, String authorization) {
        return send(builder(path, authorization).GET());
    }

    public static Response delete(String path, String authorization) {
        return send(builder(path, authorization).DELETE());
    }

    public static Response post(String path, String authorization, Object body) {
        return sendJson("POST", path, authorization, body);
    }

    public static Response patch(String path, String authorization, Object body) {
        return sendJson("PATCH", path, authorization, body);
    }

    public static Response sendJson(String method, String path, String authorization, Object body) {
        try {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            return sendRaw(method, path, authorization, "application/json", text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Response sendRaw(String method, String path, String authorization, String contentType, String body) {
        return send(builder(path, authorization).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    public static HttpRequest.Builder builder(String path, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestPlatform.baseUrl() + path));
        if (authorization != null) {
            b.header(authorization.startsWith("cn_") ? "X-Api-Key" : "Authorization", authorization);
        }
        return b;
    }

    public static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

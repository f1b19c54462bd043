package io.chatnation.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's own organisation on the server: registers it, adds members, and keeps a valid
 * access token available for the load runner (refreshing it in the background before it expires).
 */
final class ApiSession {

    static final String PASSWORD = "bench-password-123";
    private static final long RETRY_AFTER_FAILURE_NANOS = TimeUnit.SECONDS.toNanos(15);

    /** Setup against the API failed; the message is meant for the user. */
    static final class SetupException extends Exception {
        private static final long serialVersionUID = 1L;

        SetupException(String message) {
            super(message);
        }

        SetupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpClient client;
    private final Options options;
    private final PrintStream log;
    private final ObjectMapper json = new ObjectMapper();
    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final long refreshAfterNanos;

    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final AtomicInteger refreshCount = new AtomicInteger();
    private ExecutorService refresher;

    private volatile String accessToken;
    private volatile String refreshToken;
    private volatile long nextRefreshAtNanos;

    private String email;
    private String organizationId;

    ApiSession(HttpClient client, Options options, PrintStream log) {
        this.client = client;
        this.options = options;
        this.log = log;
        this.refreshAfterNanos = TimeUnit.SECONDS.toNanos(options.tokenRefreshSeconds);
    }

    String accessToken() {
        return accessToken;
    }

    String email() {
        return email;
    }

    String organizationId() {
        return organizationId;
    }

    int refreshCount() {
        return refreshCount.get();
    }

    /** {@code POST /auth/register} a fresh organisation and keep its owner's tokens. */
    void register() throws SetupException {
        email = "bench-" + suffix + "@example.com";
        ObjectNode body = json.createObjectNode()
                .put("organizationName", "Bench Org " + suffix)
                .put("name", "Bench Owner")
                .put("email", email)
                .put("password", PASSWORD);
        JsonNode tokens = expect(post("/auth/register", body, null), 201, "register organisation");
        acceptTokens(tokens, "register organisation");
        organizationId = text(tokens, "organizationId");
    }

    /** {@code POST /members} n members, so that the member list has several pages. */
    void addMembers(int count) throws SetupException {
        for (int i = 1; i <= count; i++) {
            ObjectNode body = json.createObjectNode()
                    .put("email", "m" + i + "-" + suffix + "@example.com")
                    .put("name", "Member " + i)
                    .put("role", "VIEWER")
                    .put("password", PASSWORD);
            expect(post("/members", body, accessToken), 201, "add member " + i);
        }
    }

    /**
     * Sends the scenario's request once and checks it answers 200, so that a broken setup fails
     * fast instead of producing a run full of errors. Returns a short description of the answer.
     */
    String probe(Scenario scenario) throws SetupException {
        HttpRequest request = HttpRequest.newBuilder(options.api(scenario.path))
                .timeout(Duration.ofMillis(options.timeoutMillis))
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .GET()
                .build();
        JsonNode body = expect(send(request, scenario.endpoint()), 200, scenario.endpoint());
        if (scenario == Scenario.MEMBERS) {
            JsonNode data = body.path("data");
            JsonNode cursor = body.path("meta").path("cursor");
            return String.format(Locale.ROOT, "%d members on the first page, next cursor %s",
                    data.isArray() ? data.size() : -1,
                    cursor.isTextual() ? "present" : "absent");
        }
        return "200 OK";
    }

    /**
     * Called by the scheduler thread on every tick: when the access token is due for renewal,
     * starts a refresh on a background thread and returns at once.
     */
    void maybeRefresh(long nowNanos) {
        if (nowNanos - nextRefreshAtNanos < 0 || !refreshing.compareAndSet(false, true)) {
            return;
        }
        refresherExecutor().execute(() -> {
            try {
                refreshNow();
            } catch (SetupException e) {
                log.println("warning: token refresh failed, retrying in 15 s: " + e.getMessage());
                nextRefreshAtNanos = System.nanoTime() + RETRY_AFTER_FAILURE_NANOS;
            } finally {
                refreshing.set(false);
            }
        });
    }

    /** Renews the tokens: {@code POST /auth/refresh}, falling back to {@code POST /auth/login}. */
    void refreshNow() throws SetupException {
        String current = refreshToken;
        if (current != null) {
            try {
                ObjectNode body = json.createObjectNode().put("refreshToken", current);
                acceptTokens(expect2xx(post("/auth/refresh", body, null), "refresh token"), "refresh token");
                refreshCount.incrementAndGet();
                return;
            } catch (SetupException e) {
                log.println("warning: " + e.getMessage() + "; logging in again");
            }
        }
        ObjectNode body = json.createObjectNode().put("email", email).put("password", PASSWORD);
        acceptTokens(expect2xx(post("/auth/login", body, null), "log in"), "log in");
        refreshCount.incrementAndGet();
    }

    void close() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    private synchronized ExecutorService refresherExecutor() {
        if (refresher == null) {
            refresher = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "bench-token-refresh");
                t.setDaemon(true);
                return t;
            });
        }
        return refresher;
    }

    private void acceptTokens(JsonNode tokens, String what) throws SetupException {
        String access = text(tokens, "accessToken");
        if (access == null || access.isEmpty()) {
            throw new SetupException(what + ": response has no accessToken: " + abbreviate(tokens.toString()));
        }
        String refresh = text(tokens, "refreshToken");
        if (refresh != null && !refresh.isEmpty()) {
            refreshToken = refresh;
        }
        accessToken = access;
        nextRefreshAtNanos = System.nanoTime() + refreshAfterNanos;
    }

    private HttpResponse<String> post(String path, JsonNode body, String bearer) throws SetupException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(options.api(path))
                .timeout(Duration.ofMillis(options.timeoutMillis))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return send(builder.build(), "POST /api/v1" + path);
    }

    private HttpResponse<String> send(HttpRequest request, String what) throws SetupException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SetupException(what + " failed: cannot reach " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SetupException(what + " interrupted", e);
        }
    }

    private JsonNode expect(HttpResponse<String> response, int status, String what) throws SetupException {
        if (response.statusCode() != status) {
            throw new SetupException(what + ": expected HTTP " + status + " from " + response.request().method()
                    + " " + response.uri() + ", got " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        return parse(response, what);
    }

    private JsonNode expect2xx(HttpResponse<String> response, String what) throws SetupException {
        if (response.statusCode() / 100 != 2) {
            throw new SetupException(what + ": expected HTTP 2xx from " + response.request().method() + " "
                    + response.uri() + ", got " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        return parse(response, what);
    }

    private JsonNode parse(HttpResponse<String> response, String what) throws SetupException {
        String body = response.body();
        if (body == null || body.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new SetupException(what + ": response is not JSON: " + abbreviate(body), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "<no body>";
        }
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}

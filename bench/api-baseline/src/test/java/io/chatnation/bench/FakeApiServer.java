package io.chatnation.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the ChatNation API, answering the endpoints the benchmark uses with canned JSON.
 * Knobs let tests inject failures and stalls.
 */
final class FakeApiServer implements AutoCloseable {

    static {
        // Like the real server (Netty), answer without Nagle's algorithm; otherwise small responses
        // written in two parts wait for the client's delayed ACK (about 40 ms on Linux).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(16);

    /** Access tokens the server has issued; any of them is accepted. */
    private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
    /** Distinct access tokens seen on the load-test endpoints. */
    final Set<String> tokensUsed = ConcurrentHashMap.newKeySet();

    final AtomicInteger registers = new AtomicInteger();
    final AtomicInteger membersAdded = new AtomicInteger();
    final AtomicInteger meRequests = new AtomicInteger();
    final AtomicInteger memberListRequests = new AtomicInteger();
    final AtomicInteger refreshes = new AtomicInteger();
    final AtomicInteger logins = new AtomicInteger();

    /** When > 0, every n-th {@code GET /auth/me} answers 500. */
    volatile int failEveryNthMe;
    /** When > 0, the {@code GET /auth/me} with this sequence number (1-based) stalls. */
    volatile int stallMeRequest;
    volatile long stallMillis;

    FakeApiServer() throws IOException {
        this(0);
    }

    FakeApiServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        server.setExecutor(executor);
        server.createContext("/api/v1/", this::handle);
        server.start();
    }

    /**
     * Serves the fake API until killed, for trying the tool by hand:
     * {@code mvn -q -f bench/api-baseline/pom.xml test-compile exec:java -Dbench.mainClass=io.chatnation.bench.FakeApiServer
     * -Dexec.classpathScope=test -Dexec.args=18080}.
     */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 18080;
        FakeApiServer fake = new FakeApiServer(port);
        System.out.println("fake API listening on " + fake.baseUrl());
        Thread.currentThread().join();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] requestBody;
            try (InputStream in = exchange.getRequestBody()) {
                requestBody = in.readAllBytes();
            }
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            String route = method + " " + path;
            switch (route) {
                case "POST /api/v1/auth/register":
                    register(exchange, body(requestBody));
                    break;
                case "POST /api/v1/auth/login":
                    logins.incrementAndGet();
                    respond(exchange, 200, tokens());
                    break;
                case "POST /api/v1/auth/refresh":
                    refresh(exchange, body(requestBody));
                    break;
                case "GET /api/v1/auth/me":
                    me(exchange);
                    break;
                case "POST /api/v1/members":
                    addMember(exchange, body(requestBody));
                    break;
                case "GET /api/v1/members":
                    listMembers(exchange, query);
                    break;
                default:
                    respond(exchange, 404, error("not found: " + route));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private void register(HttpExchange exchange, JsonNode body) throws IOException {
        for (String field : new String[] {"organizationName", "name", "email", "password"}) {
            if (!body.path(field).isTextual() || body.path(field).asText().isEmpty()) {
                respond(exchange, 400, error("missing " + field));
                return;
            }
        }
        registers.incrementAndGet();
        respond(exchange, 201, tokens());
    }

    private void refresh(HttpExchange exchange, JsonNode body) throws IOException {
        String token = body.path("refreshToken").asText();
        if (!refreshTokens.remove(token)) {
            respond(exchange, 401, error("invalid refresh token"));
            return;
        }
        refreshes.incrementAndGet();
        respond(exchange, 200, tokens());
    }

    private void me(HttpExchange exchange) throws IOException, InterruptedException {
        if (!authorised(exchange)) {
            return;
        }
        int n = meRequests.incrementAndGet();
        if (stallMeRequest > 0 && n == stallMeRequest) {
            Thread.sleep(stallMillis);
        }
        if (failEveryNthMe > 0 && n % failEveryNthMe == 0) {
            respond(exchange, 500, error("injected failure"));
            return;
        }
        ObjectNode me = json.createObjectNode()
                .put("userId", "00000000-0000-0000-0000-000000000001")
                .put("organizationId", "00000000-0000-0000-0000-0000000000aa")
                .put("email", "owner@example.com")
                .put("name", "Bench Owner")
                .put("role", "OWNER");
        respond(exchange, 200, me);
    }

    private void addMember(HttpExchange exchange, JsonNode body) throws IOException {
        if (!authorised(exchange)) {
            return;
        }
        if (!"VIEWER".equals(body.path("role").asText()) || !body.path("email").isTextual()) {
            respond(exchange, 400, error("bad member"));
            return;
        }
        membersAdded.incrementAndGet();
        ObjectNode member = json.createObjectNode()
                .put("id", UUID.randomUUID().toString())
                .put("email", body.path("email").asText())
                .put("name", body.path("name").asText())
                .put("role", "VIEWER");
        respond(exchange, 201, member);
    }

    private void listMembers(HttpExchange exchange, String query) throws IOException {
        if (!authorised(exchange)) {
            return;
        }
        if (!"limit=20".equals(query)) {
            respond(exchange, 400, error("expected limit=20, got " + query));
            return;
        }
        memberListRequests.incrementAndGet();
        ObjectNode page = json.createObjectNode();
        ArrayNode data = page.putArray("data");
        for (int i = 1; i <= 20; i++) {
            data.addObject()
                    .put("id", "00000000-0000-0000-0000-0000000000" + (10 + i))
                    .put("email", "m" + i + "@example.com")
                    .put("name", "Member " + i)
                    .put("role", "VIEWER");
        }
        page.putObject("meta").put("cursor", "eyJpZCI6MjB9").put("limit", 20);
        respond(exchange, 200, page);
    }

    private boolean authorised(HttpExchange exchange) throws IOException {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String token = header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
        if (token == null || !accessTokens.contains(token)) {
            respond(exchange, 401, error("unauthorised"));
            return false;
        }
        tokensUsed.add(token);
        return true;
    }

    private ObjectNode tokens() {
        String access = "access-" + UUID.randomUUID();
        String refresh = "refresh-" + UUID.randomUUID();
        accessTokens.add(access);
        refreshTokens.add(refresh);
        return json.createObjectNode()
                .put("accessToken", access)
                .put("tokenType", "Bearer")
                .put("expiresIn", 900)
                .put("refreshToken", refresh)
                .put("refreshTokenExpiresAt", Instant.now().plusSeconds(30 * 86_400).toString())
                .put("organizationId", "00000000-0000-0000-0000-0000000000aa")
                .put("userId", "00000000-0000-0000-0000-000000000001");
    }

    private ObjectNode error(String message) {
        return json.createObjectNode().put("error", message);
    }

    private JsonNode body(byte[] bytes) throws IOException {
        return bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
    }

    private void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

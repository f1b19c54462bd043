package io.chatnation.bench.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The platform as its README runs it: the server jar on the embedded defaults (its own PostgreSQL and job queue) in a
 * fresh data folder, with the Cloud API base URL pointing at the fake. Closing it stops the server and deletes the
 * folder.
 */
final class ServerUnderTest implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path dataDir;
    private final URI base;
    private final HttpClient http;

    private ServerUnderTest(Process process, Path dataDir, URI base, HttpClient http) {
        this.process = process;
        this.dataDir = dataDir;
        this.base = base;
        this.http = http;
    }

    static ServerUnderTest start(Path jar, URI cloudApi, HttpClient http, PrintStream log) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no server jar at " + jar + "; build it with ./mvnw -B -q -DskipTests package");
        }
        Path dataDir = Files.createTempDirectory("chatnation-bench-inbound");
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        // Extra JVM options for the server only, e.g. a flight recording: BENCH_SERVER_JAVA_OPTS="-XX:StartFlightRecording=..."
        String extra = System.getenv().getOrDefault("BENCH_SERVER_JAVA_OPTS", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("server.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("PORT", String.valueOf(port));
        env.put("PUBLIC_URL", "http://localhost:" + port);
        env.put("CHATNATION_DATA_DIR", dataDir.toString());
        env.put("EMBEDDED_DATABASE_PORT", String.valueOf(freePort()));
        env.put("WHATSAPP_CLOUD_BASE_URL", cloudApi.toString());
        env.put("ACCESS_LOG_LEVEL", "WARN");
        long started = System.nanoTime();
        ServerUnderTest server = new ServerUnderTest(builder.start(), dataDir, URI.create("http://localhost:" + port), http);
        server.awaitHealthy();
        log.printf("server up in %.1f s (pid %d, data %s)%n", (System.nanoTime() - started) / 1e9,
                server.process.pid(), dataDir);
        return server;
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    /** Registers an organisation and connects one Cloud API number; answers the path of its webhook. */
    String connectNumber(String phoneNumberId, String wabaId, String displayNumber, String accessToken,
                         String appSecret) throws Exception {
        String email = "bench-" + UUID.randomUUID() + "@example.com";
        JsonNode registered = post("/api/v1/auth/register", null, Map.of("organizationName", "Inbound Benchmark",
                "name", "Owner", "email", email, "password", "correct-horse-battery"), 201);
        String token = registered.path("accessToken").asText();
        JsonNode channel = post("/api/v1/channels", token, Map.of("provider", "whatsapp_cloud",
                "phoneNumberId", phoneNumberId, "wabaId", wabaId, "displayNumber", displayNumber,
                "accessToken", accessToken, "appSecret", appSecret, "verifyToken", "bench-verify-token"), 201);
        return URI.create(channel.path("webhookUrl").asText()).getPath();
    }

    private JsonNode post(String path, String token, Map<String, String> body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private void awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + "; see "
                        + dataDir.resolve("server.log"));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri("/health")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (ConnectException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not become healthy; see " + dataDir.resolve("server.log"));
    }

    @Override
    public void close() throws Exception {
        // SIGTERM: the server stops its embedded PostgreSQL on the way out.
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

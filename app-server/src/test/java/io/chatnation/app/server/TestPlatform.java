package io.chatnation.app.server;

import io.chatnation.app.server.billing.PaymentFakes;
import io.chatnation.app.server.messaging.WhatsAppFakes;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One running server (embedded PostgreSQL included) shared by every test of this module: each test
 * registers its own organisation, so tests never see each other's data and need no clean-up.
 *
 * <p>A suite that must also pass with RabbitMQ as the job queue switches to a second server, started on first use
 * with {@code chatnation.jobs.queue=rabbitmq} and a database of its own (so the first server's workers never take
 * its outbox rows), and switches back when done; test classes run one after another, so the switch is global.
 */
public final class TestPlatform {

    /** The job queues a server can run on; each gets one server for the whole run. */
    public enum JobQueue { EMBEDDED, RABBITMQ }

    private static final Map<JobQueue, EmbeddedServer> servers = new EnumMap<>(JobQueue.class);
    private static final Map<JobQueue, HttpClient> clients = new EnumMap<>(JobQueue.class);
    private static JobQueue current = JobQueue.EMBEDDED;

    private TestPlatform() {}

    /** Points {@link #server()}, {@link Api} and the helpers here at the server on {@code queue}. */
    public static synchronized void use(JobQueue queue) {
        current = queue;
    }

    public static synchronized EmbeddedServer server() {
        return servers.computeIfAbsent(current, TestPlatform::start);
    }

    private static EmbeddedServer start(JobQueue queue) {
        Path data = Path.of("target", "test-data-" + UUID.randomUUID());
        Map<String, Object> properties = new HashMap<>(RuntimeDefaults.properties(name -> switch (name) {
            case "CHATNATION_DATA_DIR" -> data.toString();
            default -> null;
        }));
        properties.put("micronaut.server.port", -1);
        // As behind a load balancer: the client address comes from X-Forwarded-For, which Api sets per
        // request, so sign-in throttling per address does not make unrelated tests throttle each other.
        properties.put("micronaut.server.client-address-header", "X-Forwarded-For");
        properties.put("chatnation.database.embedded-port", freePort());
        properties.put("chatnation.database.pool-size", 8);
        properties.putAll(PaymentFakes.properties());
        properties.putAll(WhatsAppFakes.properties());
        String queuePrefix = "test.chatnation." + UUID.randomUUID();
        if (queue == JobQueue.RABBITMQ) {
            properties.put("chatnation.jobs.queue", "rabbitmq");
            properties.put("chatnation.rabbitmq.queue-prefix", queuePrefix);
            properties.put("chatnation.rabbitmq.shards", 4);
        }
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            String uri = server.getApplicationContext().getProperty("chatnation.rabbitmq.uri", String.class).orElseThrow();
            server.close();
            if (queue == JobQueue.RABBITMQ) {
                RabbitMqQueues.delete(uri, queuePrefix, 4);
            }
        }));
        return server;
    }

    public static String baseUrl() {
        return server().getURL().toString();
    }

    public static ApplicationContext context() {
        return server().getApplicationContext();
    }

    public static synchronized BlockingHttpClient http() {
        return clients.computeIfAbsent(current,
                queue -> server().getApplicationContext().createBean(HttpClient.class, server().getURL())).toBlocking();
    }

    /** Runs SQL as the database superuser, past every policy: for tests that check what was (not) written. */
    public static long countAsSuperuser(String sql) {
        int port = context().getProperty("chatnation.database.embedded-port", Integer.class).orElseThrow();
        try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
             var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

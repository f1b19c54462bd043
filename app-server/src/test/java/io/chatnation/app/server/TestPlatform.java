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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One running server (embedded PostgreSQL included) shared by every test of this module: each test
 * registers its own organisation, so tests never see each other's data and need no clean-up.
 */
public final class TestPlatform {

    private static EmbeddedServer server;
    private static HttpClient client;

    private TestPlatform() {}

    public static synchronized EmbeddedServer server() {
        if (server == null) {
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
            server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    public static String baseUrl() {
        return server().getURL().toString();
    }

    public static ApplicationContext context() {
        return server().getApplicationContext();
    }

    public static synchronized BlockingHttpClient http() {
        if (client == null) {
            client = server().getApplicationContext().createBean(HttpClient.class, server().getURL());
        }
        return client.toBlocking();
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

package io.chatnation.app.server;

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
            properties.put("chatnation.database.embedded-port", freePort());
            properties.put("chatnation.database.pool-size", 8);
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.chatnation.adapter.whatsapp.cloud;

import com.sun.net.httpserver.HttpServer;
import io.chatnation.domain.messaging.ChannelSecret;
import io.chatnation.domain.messaging.DeliveryReport;
import io.chatnation.ports.messaging.out.ChannelWebhooks;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Stands in for the platform's webhook endpoint in adapter tests: every POST goes through {@link CloudApiWebhooks}
 * with the app secret and is answered as the endpoint would (200, 401, 400); decoded reports are kept.
 */
final class StatusWebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<DeliveryReport> reports = new CopyOnWriteArrayList<>();
    private final List<Integer> answers = new CopyOnWriteArrayList<>();

    StatusWebhookReceiver(ChannelSecret appSecret) throws IOException {
        CloudApiWebhooks webhooks = new CloudApiWebhooks();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/webhooks/whatsapp", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                Map<String, String> headers = new java.util.HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
                ChannelWebhooks.Decoding decoding = webhooks.decode(new ChannelWebhooks.Delivery(headers, in.readAllBytes()), appSecret);
                int status;
                if (decoding instanceof ChannelWebhooks.Decoded decoded) {
                    reports.addAll(decoded.batch().reports());
                    status = 200;
                } else {
                    status = decoding instanceof ChannelWebhooks.Unauthenticated ? 401 : 400;
                }
                answers.add(status);
                exchange.sendResponseHeaders(status, -1);
            }
        });
        server.start();
    }

    URI url() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
                + "/webhooks/whatsapp");
    }

    List<DeliveryReport> reports() {
        return List.copyOf(reports);
    }

    List<Integer> answers() {
        return List.copyOf(answers);
    }

    /** Waits until the reports received satisfy {@code condition}; the fake sends them asynchronously. */
    List<DeliveryReport> awaitReports(Predicate<List<DeliveryReport>> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(reports()) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        return reports();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package io.chatnation.app.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.adapter.persistence.messaging.PostgresInboxFeed;
import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import io.chatnation.domain.shared.OrgId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Live inbox events: a dashboard's stream hears a webhook's message as the worker stores it, and only its own org's. */
class InboxEventsTest {

    private static final String EVENTS = "/api/v1/inbox/events";

    /** One open event stream, its lines collected as they arrive. */
    static final class EventStream implements AutoCloseable {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final HttpResponse<java.util.stream.Stream<String>> response;

        EventStream(HttpRequest.Builder request) {
            try {
                response = HttpClient.newHttpClient().send(request.header("Accept", "text/event-stream").GET().build(),
                        HttpResponse.BodyHandlers.ofLines());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (response.statusCode() == 200) {
                CompletableFuture.runAsync(() -> {
                    try (java.util.stream.Stream<String> body = response.body()) {
                        body.forEach(lines::add);
                    } catch (RuntimeException closed) {
                        // The test closed the stream.
                    }
                });
            }
        }

        /** Waits for an {@code event:} line named {@code name}; answers the data line that follows it. */
        String awaitEvent(String name, long seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            boolean named = false;
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line == null) {
                    continue;
                }
                if (line.startsWith("event:")) {
                    named = line.substring(6).strip().equals(name);
                } else if (named && line.startsWith("data:")) {
                    return line.substring(5).strip();
                }
            }
            throw new AssertionError("no '" + name + "' event within " + seconds + " s; received " + lines);
        }

        @Override
        public void close() {
            response.body().close();
        }
    }

    @Test
    void a_webhook_message_reaches_the_organisations_stream_and_no_other() throws InterruptedException {
        ConnectedNumber number = ConnectedNumber.connect("Live Inbox Org");
        ConnectedNumber other = ConnectedNumber.connect("Quiet Inbox Org");
        String user = ConnectedNumber.newUser();

        try (EventStream mine = new EventStream(Api.builder(EVENTS, number.owner.bearer()));
             EventStream theirs = new EventStream(Api.builder(EVENTS, other.owner.bearer()))) {
            assertThat(mine.response.statusCode()).isEqualTo(200);
            assertThat(mine.response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            mine.awaitEvent("ready", 10);
            theirs.awaitEvent("ready", 10);

            number.userWrites(user, "Live", "hi");

            String data = mine.awaitEvent("message", 15);
            String conversation = InboxApiTest.awaitOne(number.owner.bearer(), "").path("id").asText();
            assertThat(data).contains("\"conversationId\":\"" + conversation + "\"");
            assertThat(data).doesNotContain(user).doesNotContain("hi\"");

            // A state change made over the API is announced too.
            Api.post("/api/v1/inbox/conversations/" + conversation + "/takeover", number.owner.bearer(), Map.of());
            assertThat(mine.awaitEvent("conversation", 5)).contains(conversation);

            Thread.sleep(300);
            assertThat(theirs.lines).noneMatch(l -> l.startsWith("event:message") || l.startsWith("event:conversation"));
        }
        // The dashboards went away: their organisations' subscriptions are let go.
        PostgresInboxFeed feed = TestPlatform.context().getBean(PostgresInboxFeed.class);
        ConnectedNumber.await(() -> feed.subscriberCount(OrgId.of(number.owner.orgId())) == 0
                && feed.subscriberCount(OrgId.of(other.owner.orgId())) == 0, "the subscriptions closed");
    }

    @Test
    void an_idle_stream_carries_heartbeat_comments() throws InterruptedException {
        ConnectedNumber number = ConnectedNumber.connect("Heartbeat Inbox Org");
        try (EventStream stream = new EventStream(Api.builder(EVENTS, number.owner.bearer()))) {
            stream.awaitEvent("ready", 10);
            // The default heartbeat is every 15 s.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            String line = null;
            while (System.nanoTime() < deadline && (line == null || !line.startsWith(":"))) {
                line = stream.lines.poll(200, TimeUnit.MILLISECONDS);
            }
            assertThat(line).as("a comment line").isNotNull().startsWith(":").contains("heartbeat");
        }
    }

    @Test
    void the_dashboard_opens_the_stream_with_a_short_lived_ticket_that_opens_nothing_else() throws InterruptedException {
        ConnectedNumber number = ConnectedNumber.connect("Ticket Inbox Org");
        Api.Response issued = Api.post(EVENTS + "/tickets", number.owner.bearer(), Map.of());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        String ticket = issued.json().path("ticket").asText();
        assertThat(issued.json().path("expiresIn").asInt()).isBetween(1, 60);

        try (EventStream stream = new EventStream(Api.builder(EVENTS + "?ticket=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8), null))) {
            assertThat(stream.response.statusCode()).isEqualTo(200);
            stream.awaitEvent("ready", 10);
        }
        assertThat(Api.get("/api/v1/inbox/conversations", "Bearer " + ticket).status()).isEqualTo(401);
        assertThat(Api.get("/api/v1/inbox/conversations?ticket=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8), null)
                .status()).isEqualTo(401);
        try (EventStream refused = new EventStream(Api.builder(EVENTS + "?ticket=forged", null))) {
            assertThat(refused.response.statusCode()).isEqualTo(401);
        }
        try (EventStream anonymous = new EventStream(Api.builder(EVENTS, null))) {
            assertThat(anonymous.response.statusCode()).isEqualTo(401);
        }
    }
}

package io.chatnation.adapter.web.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.InboxChange;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.shared.OrgId;
import io.micronaut.http.sse.Event;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/** One dashboard's event stream: demand honoured, a bounded buffer that asks a slow client to resync, clean close. */
class InboxEventStreamTest {

    final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        heartbeats.shutdownNow();
    }

    static final class Recorder implements Subscriber<Event<?>> {
        final List<Event<?>> events = new CopyOnWriteArrayList<>();
        Subscription subscription;

        @Override
        public void onSubscribe(Subscription s) {
            subscription = s;
        }

        @Override
        public void onNext(Event<?> event) {
            events.add(event);
        }

        @Override
        public void onError(Throwable t) {
            throw new AssertionError(t);
        }

        @Override
        public void onComplete() {}

        List<String> names() {
            return events.stream().map(Event::getName).toList();
        }
    }

    static InboxChange change(InboxChange.Kind kind) {
        return new InboxChange(new OrgId(UUID.randomUUID()), kind, new ConversationId(UUID.randomUUID()),
                Optional.of(new MessageId(UUID.randomUUID())));
    }

    @Test
    void events_flow_only_as_far_as_the_client_asked_ready_first() {
        InboxEventStream stream = new InboxEventStream(10, heartbeats, 60);
        Recorder client = new Recorder();
        stream.subscribe(client);
        stream.offer(change(InboxChange.Kind.MESSAGE));
        stream.offer(change(InboxChange.Kind.CONVERSATION));
        assertThat(client.events).isEmpty();

        client.subscription.request(2);
        assertThat(client.names()).containsExactly("ready", "message");
        client.subscription.request(5);
        assertThat(client.names()).containsExactly("ready", "message", "conversation");
        InboxEventStream.Change data = (InboxEventStream.Change) client.events.get(1).getData();
        assertThat(data.conversationId()).isNotBlank();
        assertThat(data.messageId()).isNotBlank();
    }

    @Test
    void a_client_that_falls_behind_gets_one_resync_instead_of_an_unbounded_backlog() {
        InboxEventStream stream = new InboxEventStream(3, heartbeats, 60);
        Recorder client = new Recorder();
        stream.subscribe(client);
        for (int i = 0; i < 100; i++) {
            stream.offer(change(InboxChange.Kind.MESSAGE));
        }
        client.subscription.request(Long.MAX_VALUE);
        assertThat(client.names()).containsExactly("resync");
        stream.offer(change(InboxChange.Kind.CONVERSATION));
        assertThat(client.names()).containsExactly("resync", "conversation");
    }

    @Test
    void cancelling_ends_the_subscription_once_and_stops_delivery() {
        InboxEventStream stream = new InboxEventStream(10, heartbeats, 60);
        AtomicInteger closed = new AtomicInteger();
        stream.onClose(closed::incrementAndGet);
        Recorder client = new Recorder();
        stream.subscribe(client);
        client.subscription.request(Long.MAX_VALUE);
        client.subscription.cancel();
        client.subscription.cancel();
        stream.offer(change(InboxChange.Kind.MESSAGE));
        assertThat(closed).hasValue(1);
        assertThat(client.names()).containsExactly("ready");
    }

    @Test
    void an_idle_stream_sends_heartbeats() throws InterruptedException {
        InboxEventStream stream = new InboxEventStream(10, heartbeats, 1);
        Recorder client = new Recorder();
        stream.subscribe(client);
        client.subscription.request(Long.MAX_VALUE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!client.names().contains("heartbeat") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(client.names()).contains("heartbeat");
        assertThat(client.events.get(client.events.size() - 1).getComment()).isEqualTo("heartbeat");
        client.subscription.cancel();
    }
}

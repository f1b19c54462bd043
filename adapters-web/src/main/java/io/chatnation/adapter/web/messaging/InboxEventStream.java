package io.chatnation.adapter.web.messaging;

import io.chatnation.domain.messaging.InboxChange;
import io.micronaut.http.sse.Event;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * One dashboard's stream of inbox events, as a Reactive Streams publisher for a single subscriber (the HTTP
 * response). Changes are offered from the feed's thread and never block it: each stream buffers at most
 * {@code capacity} events, and a client too slow to keep up gets one {@code resync} event in place of what it missed,
 * telling it to reload. A comment line every heartbeat keeps proxies from closing an idle connection and lets the
 * server notice a client that has gone.
 */
final class InboxEventStream implements Publisher<Event<?>> {

    /** What an inbox event carries: ids only; the client reads the rest through the API. */
    @Serdeable
    record Change(String conversationId, String messageId) {}

    @Serdeable
    record Notice(String message) {}

    private final Queue<Event<?>> buffer = new ConcurrentLinkedQueue<>();
    private final AtomicInteger buffered = new AtomicInteger();
    private final AtomicBoolean overflowed = new AtomicBoolean();
    private final AtomicLong requested = new AtomicLong();
    private final AtomicInteger draining = new AtomicInteger();
    private final AtomicBoolean subscribed = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final int capacity;
    private final ScheduledExecutorService heartbeats;
    private final long heartbeatSeconds;
    private volatile Runnable onClose = () -> {};
    private volatile Subscriber<? super Event<?>> subscriber;
    private volatile ScheduledFuture<?> heartbeat;

    InboxEventStream(int capacity, ScheduledExecutorService heartbeats, long heartbeatSeconds) {
        this.capacity = capacity;
        this.heartbeats = heartbeats;
        this.heartbeatSeconds = heartbeatSeconds;
        // The first event says the stream is live: what is committed from now on will arrive.
        push(Event.of(new Notice("listening")).name("ready"));
    }

    /** Runs once when the stream ends, whichever side ends it. */
    void onClose(Runnable action) {
        this.onClose = action;
        if (closed.get()) {
            action.run();
        }
    }

    void offer(InboxChange change) {
        push(Event.of(new Change(change.conversation().toString(),
                change.message().map(m -> m.value().toString()).orElse(null)))
                .name(change.kind().name().toLowerCase(Locale.ROOT)));
    }

    private void push(Event<?> event) {
        if (closed.get()) {
            return;
        }
        if (buffered.incrementAndGet() > capacity) {
            buffered.decrementAndGet();
            overflowed.set(true);
        } else {
            buffer.add(event);
        }
        drain();
    }

    @Override
    public void subscribe(Subscriber<? super Event<?>> s) {
        if (!subscribed.compareAndSet(false, true)) {
            s.onSubscribe(new Subscription() {
                public void request(long n) {}
                public void cancel() {}
            });
            s.onError(new IllegalStateException("An inbox event stream serves one response"));
            return;
        }
        subscriber = s;
        s.onSubscribe(new Subscription() {
            @Override
            public void request(long n) {
                if (n <= 0) {
                    close();
                    s.onError(new IllegalArgumentException("Reactive Streams §3.9: request a positive number"));
                    return;
                }
                requested.getAndAccumulate(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
                drain();
            }

            @Override
            public void cancel() {
                close();
            }
        });
        heartbeat = heartbeats.scheduleAtFixedRate(
                () -> push(Event.of(new Notice("")).name("heartbeat").comment("heartbeat")),
                heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
    }

    /** Hands buffered events to the subscriber as far as it asked, one thread at a time. */
    private void drain() {
        if (draining.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            Subscriber<? super Event<?>> s = subscriber;
            if (s != null) {
                while (requested.get() > 0 && !closed.get()) {
                    Event<?> next = nextEvent();
                    if (next == null) {
                        break;
                    }
                    requested.decrementAndGet();
                    s.onNext(next);
                }
            }
            missed = draining.addAndGet(-missed);
        } while (missed != 0);
    }

    private Event<?> nextEvent() {
        if (overflowed.compareAndSet(true, false)) {
            // What was buffered is stale: the client reloads instead of replaying it.
            buffer.clear();
            buffered.set(0);
            return Event.of(new Notice("events were dropped; reload the inbox")).name("resync");
        }
        Event<?> next = buffer.poll();
        if (next != null) {
            buffered.decrementAndGet();
        }
        return next;
    }

    private void close() {
        if (closed.compareAndSet(false, true)) {
            ScheduledFuture<?> beat = heartbeat;
            if (beat != null) {
                beat.cancel(false);
            }
            buffer.clear();
            onClose.run();
        }
    }
}

package io.chatnation.bench.inbound;

import io.chatnation.adapter.whatsapp.cloud.fake.WebhookPayloads.SignedWebhook;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Posts the run's webhooks on a fixed schedule (open model): webhook {@code k} is due at {@code start + k / rate} and
 * its acknowledgement time is measured from that due time, so a stalled server is charged for every webhook that
 * Meta would have sent meanwhile (no coordinated omission). Up to {@code --connections} are in flight; when all are
 * busy the schedule keeps its times and the wait counts against the server.
 */
final class WebhookLoad {

    private static final HttpResponse.BodyHandler<Void> DISCARD = HttpResponse.BodyHandlers.discarding();

    private final HttpClient client;
    private final BenchOptions options;
    private final PrintStream log;

    WebhookLoad(HttpClient client, BenchOptions options, PrintStream log) {
        this.client = client;
        this.options = options;
        this.log = log;
    }

    /**
     * Runs the warm-up, lets the server settle (every warm-up webhook answered, then {@code settle} given how many
     * were acknowledged, to wait for their replies), and runs the measurement on a fresh schedule; answers what each
     * phase saw and when it started. Settling keeps the backlog of a cold server (the JIT compiler takes a large
     * share of two cores for the first minute) out of the measured phase, which then shows the warm server.
     */
    LoadResult run(URI webhook, InboundTraffic traffic, LongConsumer settle) throws InterruptedException {
        int total = traffic.size();
        long warmupCount = options.warmupMessages();
        Duration timeout = Duration.ofMillis(options.timeoutMillis);
        Semaphore permits = new Semaphore(options.connections);
        LoadResult result = new LoadResult(total, warmupCount, options.rate);

        long start = startSoon();
        result.warmupStartEpochMicros = epochMicrosOf(start);
        long phaseFirst = 0;
        long nextProgress = start + TimeUnit.SECONDS.toNanos(10);
        for (int k = 0; k < total; k++) {
            if (k == warmupCount && k > 0) {
                awaitAnswers(permits, "warm-up");
                permits.release(options.connections);
                settle.accept(result.warmup.acknowledged.sum());
                start = startSoon();
                result.measuredStartEpochMicros = epochMicrosOf(start);
                phaseFirst = k;
                nextProgress = start + TimeUnit.SECONDS.toNanos(10);
            } else if (k == 0 && warmupCount == 0) {
                result.measuredStartEpochMicros = result.warmupStartEpochMicros;
            }
            long due = dueTime(start, k - phaseFirst);
            long now = System.nanoTime();
            while (now < due) {
                LockSupport.parkNanos(due - now);
                now = System.nanoTime();
            }
            Phase phase = result.phaseOf(k);
            if (!permits.tryAcquire()) {
                phase.waitedForConnection.increment();
                permits.acquire();
            }
            SignedWebhook signed = traffic.webhook(k);
            HttpRequest request = HttpRequest.newBuilder(webhook)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("X-Hub-Signature-256", signed.signature())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body()))
                    .build();
            final int index = k;
            try {
                client.sendAsync(request, DISCARD).whenComplete((response, failure) -> {
                    phase.complete(index, due, System.nanoTime(), response, failure);
                    permits.release();
                });
            } catch (RuntimeException e) {
                phase.complete(index, due, System.nanoTime(), null, e);
                permits.release();
            }
            if (now >= nextProgress) {
                nextProgress += TimeUnit.SECONDS.toNanos(10);
                log.printf("%s %d/%d webhooks sent, %d in flight%n", k < warmupCount ? "warm-up" : "measuring", k,
                        total, options.connections - permits.availablePermits());
            }
        }
        awaitAnswers(permits, "measured");
        return result;
    }

    private void awaitAnswers(Semaphore permits, String phase) throws InterruptedException {
        if (!permits.tryAcquire(options.connections, options.timeoutMillis + 5_000L, TimeUnit.MILLISECONDS)) {
            log.println("warning: " + phase + " webhooks still unanswered after the timeout; counted as errors");
        }
    }

    private static long startSoon() {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
    }

    /** The wall clock of a due time: replies are stamped by the fake with wall-clock instants. */
    private static long epochMicrosOf(long nanoTime) {
        return toMicros(Instant.now()) + TimeUnit.NANOSECONDS.toMicros(nanoTime - System.nanoTime());
    }

    long dueTime(long start, long k) {
        return start + k * TimeUnit.SECONDS.toNanos(1) / options.rate;
    }

    static long toMicros(Instant instant) {
        return TimeUnit.SECONDS.toMicros(instant.getEpochSecond()) + instant.getNano() / 1_000;
    }
}

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

    /** Runs warm-up and measurement as one schedule; answers what each phase saw and when each webhook was due. */
    LoadResult run(URI webhook, InboundTraffic traffic) throws InterruptedException {
        int total = traffic.size();
        long warmupCount = options.warmupMessages();
        Duration timeout = Duration.ofMillis(options.timeoutMillis);
        Semaphore permits = new Semaphore(options.connections);
        LoadResult result = new LoadResult(total, warmupCount);

        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        // The wall clock of the first due time: replies are stamped by the fake with wall-clock instants.
        result.startEpochMicros = toMicros(Instant.now()) + TimeUnit.NANOSECONDS.toMicros(start - System.nanoTime());
        result.startNanos = start;
        long nextProgress = start + TimeUnit.SECONDS.toNanos(10);
        for (int k = 0; k < total; k++) {
            long due = dueTime(start, k);
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
        if (!permits.tryAcquire(options.connections, options.timeoutMillis + 5_000L, TimeUnit.MILLISECONDS)) {
            log.println("warning: webhooks still unanswered after the timeout; counted as errors");
        }
        return result;
    }

    long dueTime(long start, long k) {
        return start + k * TimeUnit.SECONDS.toNanos(1) / options.rate;
    }

    static long toMicros(Instant instant) {
        return TimeUnit.SECONDS.toMicros(instant.getEpochSecond()) + instant.getNano() / 1_000;
    }
}

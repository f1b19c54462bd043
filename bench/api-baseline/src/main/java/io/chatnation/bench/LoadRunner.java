package io.chatnation.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;

/**
 * Drives one scenario at a constant rate (open model).
 *
 * <p>Request {@code k} is due at {@code start + k / rate}. A single scheduler thread sleeps until
 * the next due time and issues the request asynchronously; if it wakes up late, every overdue
 * request is issued at once, in a burst. Latency is measured from the <em>due</em> time, not from
 * the moment the request left, so time a request spent waiting (for the scheduler, or for a free
 * connection when {@code --connections} requests are already in flight) counts against the server,
 * exactly as it would for a real client arriving at that moment. A slow response therefore never
 * delays the schedule nor hides itself from the statistics (no coordinated omission).
 *
 * <p>Warm-up and measurement form one continuous schedule; requests due before the end of the
 * warm-up are recorded separately and discarded.
 */
final class LoadRunner {

    private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long START_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long DRAIN_SLACK_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final HttpResponse.BodyHandler<Void> DISCARD = HttpResponse.BodyHandlers.discarding();

    private final HttpClient client;
    private final Options options;
    private final ApiSession session;
    private final PrintStream log;

    LoadRunner(HttpClient client, Options options, ApiSession session, PrintStream log) {
        this.client = client;
        this.options = options;
        this.session = session;
        this.log = log;
    }

    ScenarioResult run(Scenario scenario) throws InterruptedException {
        final URI uri = options.api(scenario.path);
        final long rate = options.rate;
        final long warmupCount = rate * options.warmupSeconds;
        final long total = warmupCount + rate * options.durationSeconds;
        final long timeoutNanos = TimeUnit.MILLISECONDS.toNanos(options.timeoutMillis);
        final Duration timeout = Duration.ofMillis(options.timeoutMillis);
        final Semaphore permits = new Semaphore(options.connections);

        final PhaseStats warmup = new PhaseStats();
        final PhaseStats measured = new PhaseStats();
        warmup.scheduled = warmupCount;
        measured.scheduled = total - warmupCount;

        final long start = System.nanoTime() + START_DELAY_NANOS;
        final long measureStart = dueTime(start, warmupCount, rate);
        final long scheduleEnd = dueTime(start, total, rate);
        // Requests still waiting for a connection this long after the schedule ended are not sent.
        final long giveUpAt = scheduleEnd + timeoutNanos;

        log.printf(Locale.ROOT, "[%s] %s at %d req/s: %d s warm-up, %d s measured, up to %d in flight%n",
                scenario.cliName, scenario.endpoint(), rate, options.warmupSeconds, options.durationSeconds,
                options.connections);

        String token = null;
        HttpRequest request = null;
        long nextProgress = start + PROGRESS_EVERY_NANOS;
        long k = 0;
        for (; k < total; k++) {
            final long due = dueTime(start, k, rate);
            long now = System.nanoTime();
            while (now < due) {
                LockSupport.parkNanos(due - now);
                now = System.nanoTime();
            }

            session.maybeRefresh(now);
            String current = session.accessToken();
            if (current != token) {
                // HttpRequest is immutable and reusable: build it once per access token.
                token = current;
                request = HttpRequest.newBuilder(uri)
                        .timeout(timeout)
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json")
                        .GET()
                        .build();
            }

            final PhaseStats phase = k < warmupCount ? warmup : measured;
            if (!permits.tryAcquire()) {
                // All connections busy: wait for one. The schedule keeps its times, so the wait is
                // charged to the latency of this and every later overdue request.
                phase.waitedForConnection++;
                long wait = giveUpAt - now;
                if (wait <= 0 || !permits.tryAcquire(wait, TimeUnit.NANOSECONDS)) {
                    break;
                }
            }
            phase.recordSendLag(System.nanoTime() - due);
            phase.sent++;
            Completion completion = new Completion(phase, permits, due);
            try {
                client.sendAsync(request, DISCARD).whenComplete(completion);
            } catch (RuntimeException e) {
                completion.accept(null, e);
            }

            if (now >= nextProgress) {
                nextProgress += PROGRESS_EVERY_NANOS;
                progress(scenario, now, start, measureStart, scheduleEnd, k, total, permits);
            }
        }

        // Requests the schedule held but that were never sent (connections stayed busy too long).
        warmup.unsent = Math.max(0, warmupCount - k);
        measured.unsent = total - Math.max(k, warmupCount);

        // Drain: holding every permit means every sent request has completed and been recorded.
        long drainNanos = timeoutNanos + DRAIN_SLACK_NANOS;
        if (permits.tryAcquire(options.connections, drainNanos, TimeUnit.NANOSECONDS)) {
            permits.release(options.connections);
        } else {
            log.printf(Locale.ROOT, "[%s] warning: %d requests still unanswered after %d ms; counted as errors%n",
                    scenario.cliName, options.connections - permits.availablePermits(),
                    TimeUnit.NANOSECONDS.toMillis(drainNanos));
        }
        return new ScenarioResult(scenario, options, warmup, measured, measureStart);
    }

    private void progress(Scenario scenario, long now, long start, long measureStart, long scheduleEnd,
            long issued, long total, Semaphore permits) {
        int inFlight = options.connections - permits.availablePermits();
        if (now >= scheduleEnd) {
            log.printf(Locale.ROOT, "[%s] behind schedule: it ended %d s ago, %d requests still to issue, %d in flight"
                    + " (all connections busy)%n", scenario.cliName, TimeUnit.NANOSECONDS.toSeconds(now - scheduleEnd),
                    total - issued, inFlight);
        } else if (now < measureStart) {
            log.printf(Locale.ROOT, "[%s] warm-up %d/%d s, %d requests issued, %d in flight%n", scenario.cliName,
                    TimeUnit.NANOSECONDS.toSeconds(now - start), options.warmupSeconds, issued, inFlight);
        } else {
            log.printf(Locale.ROOT, "[%s] measuring %d/%d s, %d requests issued, %d in flight%n", scenario.cliName,
                    TimeUnit.NANOSECONDS.toSeconds(now - measureStart), options.durationSeconds, issued, inFlight);
        }
    }

    /** Due time of request {@code k}; computed from the start so that rounding never drifts. */
    static long dueTime(long start, long k, long rate) {
        return start + (k * NANOS_PER_SECOND) / rate;
    }

    /** Records one request's outcome, then frees its connection slot. */
    private static final class Completion implements BiConsumer<HttpResponse<Void>, Throwable> {
        private final PhaseStats phase;
        private final Semaphore permits;
        private final long due;

        Completion(PhaseStats phase, Semaphore permits, long due) {
            this.phase = phase;
            this.permits = permits;
            this.due = due;
        }

        @Override
        public void accept(HttpResponse<Void> response, Throwable failure) {
            long done = System.nanoTime();
            try {
                phase.complete(due, done, response, failure);
            } finally {
                // Released only after recording, so that draining all permits implies all records.
                permits.release();
            }
        }
    }
}

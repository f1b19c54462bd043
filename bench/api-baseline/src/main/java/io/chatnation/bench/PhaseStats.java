package io.chatnation.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What happened to the requests of one phase (warm-up or measurement) of a scenario.
 *
 * <p>Completion callbacks run concurrently on the HTTP client's threads and only touch the
 * thread-safe fields; the plain fields are written by the scheduler thread alone. Everything is
 * read only after the run has drained, which happens-after every callback (see {@link LoadRunner}).
 */
final class PhaseStats {

    /** Latencies are recorded in microseconds, up to one hour, with three significant digits. */
    static final long HIGHEST_TRACKABLE_MICROS = TimeUnit.HOURS.toMicros(1);
    private static final int MAX_STATUS = 600;

    /** Response latency measured from the intended send time (corrected for coordinated omission). */
    final ConcurrentHistogram latencyMicros = new ConcurrentHistogram(HIGHEST_TRACKABLE_MICROS, 3);
    /** How late the scheduler actually issued each request; shows whether the client kept up. */
    final Histogram sendLagMicros = new Histogram(HIGHEST_TRACKABLE_MICROS, 3);

    final LongAdder responses = new LongAdder();
    final LongAdder non2xx = new LongAdder();
    final LongAdder timeouts = new LongAdder();
    final LongAdder ioErrors = new LongAdder();
    final LongAdder otherErrors = new LongAdder();
    final AtomicLongArray statusCounts = new AtomicLongArray(MAX_STATUS);
    final AtomicLong lastCompletionNanos = new AtomicLong(Long.MIN_VALUE);
    final AtomicReference<String> firstError = new AtomicReference<>();

    // Written by the scheduler thread only.
    long scheduled;
    long sent;
    long unsent;
    long waitedForConnection;

    void recordSendLag(long lagNanos) {
        sendLagMicros.recordValue(clampMicros(lagNanos));
    }

    /** Records the outcome of one request; called once per sent request, from any thread. */
    void complete(long intendedNanos, long doneNanos, HttpResponse<?> response, Throwable failure) {
        lastCompletionNanos.accumulateAndGet(doneNanos, Math::max);
        if (response != null) {
            latencyMicros.recordValue(clampMicros(doneNanos - intendedNanos));
            responses.increment();
            int status = response.statusCode();
            if (status >= 0 && status < MAX_STATUS) {
                statusCounts.incrementAndGet(status);
            }
            if (status / 100 != 2) {
                non2xx.increment();
            }
            return;
        }
        Throwable cause = unwrap(failure);
        if (cause instanceof HttpTimeoutException) {
            timeouts.increment();
        } else if (cause instanceof IOException) {
            ioErrors.increment();
        } else {
            otherErrors.increment();
        }
        if (firstError.get() == null) {
            firstError.compareAndSet(null, String.valueOf(cause));
        }
    }

    long errorsCompleted() {
        return timeouts.sum() + ioErrors.sum() + otherErrors.sum();
    }

    /** Requests sent whose outcome never arrived before the run gave up waiting. */
    long unanswered() {
        return Math.max(0, sent - responses.sum() - errorsCompleted());
    }

    /** Everything that is not an HTTP response: timeouts, I/O errors, requests never sent or never answered. */
    long errors() {
        return errorsCompleted() + unsent + unanswered();
    }

    private static long clampMicros(long nanos) {
        long micros = nanos / 1_000L;
        if (micros < 0) {
            return 0;
        }
        return Math.min(micros, HIGHEST_TRACKABLE_MICROS);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}

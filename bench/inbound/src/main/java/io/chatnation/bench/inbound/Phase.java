package io.chatnation.bench.inbound;

import java.net.http.HttpResponse;
import java.util.BitSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;

/** The webhooks of one phase (warm-up or measurement): their acknowledgement times and what went wrong. */
final class Phase {

    static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

    final String name;
    final ConcurrentHistogram ackMicros = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    final LongAdder acknowledged = new LongAdder();
    final LongAdder refused = new LongAdder();
    final LongAdder failed = new LongAdder();
    final LongAdder waitedForConnection = new LongAdder();
    final AtomicReference<String> firstProblem = new AtomicReference<>();
    /** Which messages the server acknowledged with 200: each must be answered once. */
    private final BitSet acknowledgedMessages = new BitSet();

    Phase(String name) {
        this.name = name;
    }

    void complete(int message, long dueNanos, long doneNanos, HttpResponse<?> response, Throwable failure) {
        if (response == null) {
            failed.increment();
            firstProblem.compareAndSet(null, String.valueOf(failure));
            return;
        }
        ackMicros.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, TimeUnit.NANOSECONDS.toMicros(doneNanos - dueNanos))));
        if (response.statusCode() == 200) {
            acknowledged.increment();
            synchronized (acknowledgedMessages) {
                acknowledgedMessages.set(message);
            }
        } else {
            refused.increment();
            firstProblem.compareAndSet(null, "HTTP " + response.statusCode());
        }
    }

    boolean wasAcknowledged(int message) {
        synchronized (acknowledgedMessages) {
            return acknowledgedMessages.get(message);
        }
    }

    long errors() {
        return refused.sum() + failed.sum();
    }
}

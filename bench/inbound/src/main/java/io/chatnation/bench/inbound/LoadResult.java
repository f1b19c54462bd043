package io.chatnation.bench.inbound;

import java.util.concurrent.TimeUnit;

/**
 * What the load generator saw: its two phases, and the wall-clock start of each phase's schedule (the measured phase
 * starts afresh once the server has settled after the warm-up).
 */
final class LoadResult {

    final int total;
    final long warmupCount;
    final int rate;
    final Phase warmup = new Phase("warm-up");
    final Phase measured = new Phase("measured");
    long warmupStartEpochMicros;
    long measuredStartEpochMicros;

    LoadResult(int total, long warmupCount, int rate) {
        this.total = total;
        this.warmupCount = warmupCount;
        this.rate = rate;
    }

    Phase phaseOf(int message) {
        return message < warmupCount ? warmup : measured;
    }

    /** When webhook {@code k} was due, in wall-clock microseconds: the instants the fake stamps replies with. */
    long dueEpochMicros(int k) {
        long start = k < warmupCount ? warmupStartEpochMicros : measuredStartEpochMicros;
        long index = k < warmupCount ? k : k - warmupCount;
        return start + TimeUnit.NANOSECONDS.toMicros(index * TimeUnit.SECONDS.toNanos(1) / rate);
    }
}

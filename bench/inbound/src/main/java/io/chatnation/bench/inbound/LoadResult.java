package io.chatnation.bench.inbound;

/** What the load generator saw: its two phases, and the clock the schedule ran on. */
final class LoadResult {

    final int total;
    final long warmupCount;
    final Phase warmup = new Phase("warm-up");
    final Phase measured = new Phase("measured");
    long startNanos;
    long startEpochMicros;

    LoadResult(int total, long warmupCount) {
        this.total = total;
        this.warmupCount = warmupCount;
    }

    Phase phaseOf(int message) {
        return message < warmupCount ? warmup : measured;
    }
}

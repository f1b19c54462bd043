package io.chatnation.bench.wallet;

import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.ModuleName;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.ReserveTokens;
import io.chatnation.ports.billing.in.SettleReservation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Runs reserve + settle pairs from {@code threads} threads for a warm-up and a measured phase. Closed loop
 * (rate 0): every thread starts its next pair when the last one ends. Open loop (rate > 0): pairs are due at a
 * fixed total rate and latency counts from when a pair was due, so stalls are charged to every pair they delay.
 */
final class PairLoad {

    static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);
    static final ModuleName MODULE = new ModuleName("campaigns");

    /**
     * What one scenario measured: pairs completed inside the measured window, and the latencies (in microseconds)
     * of the pairs due inside it.
     */
    record Outcome(long pairs, double seconds, long errors, String firstError, Histogram reserve, Histogram settle,
                   Histogram pair, Map<OrgId, LongAdder> debited, long allPairs) {
        double pairsPerSecond() {
            return pairs / seconds;
        }
    }

    private final BillingCore billing;

    PairLoad(BillingCore billing) {
        this.billing = billing;
    }

    Outcome run(List<OrgId> wallets, int threads, int rate, int warmupSeconds, int durationSeconds) throws InterruptedException {
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(durationSeconds);
        Map<OrgId, LongAdder> debited = new ConcurrentHashMap<>();
        wallets.forEach(w -> debited.put(w, new LongAdder()));
        LongAdder errors = new LongAdder();
        LongAdder allPairs = new LongAdder();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Worker> workers = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Worker worker = new Worker(t, threads, rate, wallets, start, measureFrom, end, debited, errors, allPairs, firstError);
            workers.add(worker);
            Thread thread = new Thread(worker, "pair-" + t);
            running.add(thread);
            thread.start();
        }
        for (Thread thread : running) {
            thread.join();
        }
        Histogram reserve = new Histogram(HIGHEST_MICROS, 3);
        Histogram settle = new Histogram(HIGHEST_MICROS, 3);
        Histogram pair = new Histogram(HIGHEST_MICROS, 3);
        long pairs = 0;
        for (Worker w : workers) {
            reserve.add(w.reserve);
            settle.add(w.settle);
            pair.add(w.pair);
            pairs += w.measuredPairs;
        }
        return new Outcome(pairs, durationSeconds, errors.sum(), firstError.get(), reserve, settle, pair, debited, allPairs.sum());
    }

    private final class Worker implements Runnable {
        final Histogram reserve = new Histogram(HIGHEST_MICROS, 3);
        final Histogram settle = new Histogram(HIGHEST_MICROS, 3);
        final Histogram pair = new Histogram(HIGHEST_MICROS, 3);
        long measuredPairs;

        private final int index;
        private final long interval;
        private final List<OrgId> wallets;
        private final List<Caller> callers = new ArrayList<>();
        private final long start;
        private final long measureFrom;
        private final long end;
        private final Map<OrgId, LongAdder> debited;
        private final LongAdder errors;
        private final LongAdder allPairs;
        private final AtomicReference<String> firstError;
        private final SplittableRandom random;
        private final String keyPrefix = "bench:" + UUID.randomUUID() + ":";

        Worker(int index, int threads, int rate, List<OrgId> wallets, long start, long measureFrom, long end,
               Map<OrgId, LongAdder> debited, LongAdder errors, LongAdder allPairs, AtomicReference<String> firstError) {
            this.index = index;
            this.interval = rate == 0 ? 0 : Math.max(1, TimeUnit.SECONDS.toNanos(threads) / rate);
            this.wallets = wallets;
            wallets.forEach(org -> callers.add(Caller.system(org, UUID.randomUUID())));
            this.start = start + (rate == 0 ? 0 : interval * index / threads);
            this.measureFrom = measureFrom;
            this.end = end;
            this.debited = debited;
            this.errors = errors;
            this.allPairs = allPairs;
            this.firstError = firstError;
            this.random = new SplittableRandom(index * 7919L);
        }

        @Override
        public void run() {
            waitUntil(start);
            long due = start;
            for (long n = 0; ; n++) {
                long intended = interval == 0 ? System.nanoTime() : due;
                if (intended >= end) {
                    return;
                }
                if (interval != 0) {
                    waitUntil(due);
                    due += interval;
                }
                int w = random.nextInt(wallets.size());
                Caller caller = callers.get(w);
                TokenAmount estimate = TokenAmount.ofMilli(1_000 + random.nextLong(9_000));
                TokenAmount actual = TokenAmount.ofMilli(random.nextLong(estimate.milli() + 1));
                try {
                    long begin = System.nanoTime();
                    var reserved = billing.reserve.reserve(new ReserveTokens.Command(caller, Optional.empty(), estimate, MODULE,
                            BillableAction.CAMPAIGN_SEND, Optional.empty(), new IdempotencyKey(keyPrefix + n + ":r"),
                            Duration.ofMinutes(15)));
                    long reservedAt = System.nanoTime();
                    billing.settle.settle(new SettleReservation.Command(caller, reserved.reservation(), actual,
                            new IdempotencyKey(keyPrefix + n + ":s")));
                    long settledAt = System.nanoTime();
                    debited.get(wallets.get(w)).add(actual.milli());
                    allPairs.increment();
                    if (intended >= measureFrom) {
                        reserve.recordValue(micros(reservedAt - Math.min(intended, begin)));
                        settle.recordValue(micros(settledAt - reservedAt));
                        pair.recordValue(micros(settledAt - Math.min(intended, begin)));
                    }
                    // Throughput counts what completed inside the window, so a backlog cannot pass for speed.
                    if (settledAt >= measureFrom && settledAt < end) {
                        measuredPairs++;
                    }
                } catch (RuntimeException e) {
                    errors.increment();
                    firstError.compareAndSet(null, "pair-" + index + ": " + e);
                }
            }
        }

        private long micros(long nanos) {
            return Math.min(HIGHEST_MICROS, Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos)));
        }

        private void waitUntil(long deadline) {
            for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
        }
    }
}

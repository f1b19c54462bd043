package io.chatnation.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/** The measured outcome of one scenario, and its formatting. */
final class ScenarioResult {

    final Scenario scenario;
    final int targetRate;
    final int durationSeconds;
    final int warmupSeconds;
    final PhaseStats warmup;
    final PhaseStats measured;
    private final long measureStartNanos;

    ScenarioResult(Scenario scenario, Options options, PhaseStats warmup, PhaseStats measured,
            long measureStartNanos) {
        this.scenario = scenario;
        this.targetRate = options.rate;
        this.durationSeconds = options.durationSeconds;
        this.warmupSeconds = options.warmupSeconds;
        this.warmup = warmup;
        this.measured = measured;
        this.measureStartNanos = measureStartNanos;
    }

    Histogram latency() {
        return measured.latencyMicros;
    }

    long requests() {
        return measured.sent;
    }

    long responses() {
        return measured.responses.sum();
    }

    long non2xx() {
        return measured.non2xx.sum();
    }

    long errors() {
        return measured.errors();
    }

    boolean failed() {
        return non2xx() > 0 || errors() > 0;
    }

    /**
     * Responses received per second over the measured window: from the first measured request's
     * due time to the last measured completion (never shorter than the scheduled duration).
     */
    double achievedRate() {
        long last = measured.lastCompletionNanos.get();
        long window = TimeUnit.SECONDS.toNanos(durationSeconds);
        if (last != Long.MIN_VALUE) {
            window = Math.max(window, last - measureStartNanos);
        }
        return responses() * 1e9 / window;
    }

    /** Latency at a percentile, in milliseconds. */
    double percentileMillis(double percentile) {
        Histogram h = latency();
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        Histogram h = latency();
        return h.getTotalCount() == 0 ? Double.NaN : h.getMaxValue() / 1000.0;
    }

    static final String TABLE_HEADER = "| Date (UTC) | Commit | Scenario | Target (req/s) | Achieved (req/s) "
            + "| Requests | Non-2xx | Errors | p50 (ms) | p90 (ms) | p99 (ms) | p99.9 (ms) | max (ms) |";
    static final String TABLE_SEPARATOR = "|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|";

    /** One row for the table in BENCHMARKS.md. */
    String tableRow(String date, String commit) {
        return String.format(Locale.ROOT, "| %s | %s | `%s` | %d | %.1f | %d | %d | %d | %s | %s | %s | %s | %s |",
                date, commit, scenario.endpoint(), targetRate, achievedRate(), requests(), non2xx(), errors(),
                ms(percentileMillis(50)), ms(percentileMillis(90)), ms(percentileMillis(99)),
                ms(percentileMillis(99.9)), ms(maxMillis()));
    }

    /** Multi-line human-readable summary. */
    String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "== %s: %s ==%n", scenario.cliName, scenario.endpoint()));
        sb.append(String.format(Locale.ROOT, "target rate      %d req/s for %d s (after %d s warm-up, discarded)%n",
                targetRate, durationSeconds, warmupSeconds));
        sb.append(String.format(Locale.ROOT, "achieved rate    %.1f req/s%n", achievedRate()));
        sb.append(String.format(Locale.ROOT, "requests         %d scheduled, %d sent, %d responses%n",
                measured.scheduled, requests(), responses()));
        sb.append(String.format(Locale.ROOT, "non-2xx          %d%s%n", non2xx(), statusBreakdown()));
        sb.append(String.format(Locale.ROOT,
                "errors           %d (timeouts %d, I/O %d, other %d, never sent %d, unanswered %d)%n",
                errors(), measured.timeouts.sum(), measured.ioErrors.sum(), measured.otherErrors.sum(),
                measured.unsent, measured.unanswered()));
        if (measured.firstError.get() != null) {
            sb.append(String.format(Locale.ROOT, "first error      %s%n", measured.firstError.get()));
        }
        sb.append(String.format(Locale.ROOT,
                "latency (ms)     p50 %s  p90 %s  p99 %s  p99.9 %s  max %s  (from intended send time)%n",
                ms(percentileMillis(50)), ms(percentileMillis(90)), ms(percentileMillis(99)),
                ms(percentileMillis(99.9)), ms(maxMillis())));
        Histogram lag = measured.sendLagMicros;
        sb.append(String.format(Locale.ROOT,
                "client send lag  p99 %s ms, max %s ms; %d requests waited for a free connection%n",
                ms(lag.getTotalCount() == 0 ? Double.NaN : lag.getValueAtPercentile(99) / 1000.0),
                ms(lag.getTotalCount() == 0 ? Double.NaN : lag.getMaxValue() / 1000.0),
                measured.waitedForConnection));
        sb.append(String.format(Locale.ROOT,
                "warm-up          %d sent, %d responses, %d non-2xx, %d errors (discarded)%n",
                warmup.sent, warmup.responses.sum(), warmup.non2xx.sum(), warmup.errors()));
        return sb.toString();
    }

    /** E.g. {@code " (401: 3, 503: 12)"}, or empty when every response was 2xx. */
    String statusBreakdown() {
        StringBuilder sb = new StringBuilder();
        for (int status = 0; status < measured.statusCounts.length(); status++) {
            long count = measured.statusCounts.get(status);
            if (count > 0 && status / 100 != 2) {
                sb.append(sb.length() == 0 ? " (" : ", ").append(status).append(": ").append(count);
            }
        }
        return sb.length() == 0 ? "" : sb.append(')').toString();
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "-";
        }
        if (millis >= 100) {
            return String.format(Locale.ROOT, "%.0f", millis);
        }
        if (millis >= 10) {
            return String.format(Locale.ROOT, "%.1f", millis);
        }
        return String.format(Locale.ROOT, "%.2f", millis);
    }
}

package io.chatnation.bench.wallet;

import io.chatnation.adapter.persistence.setup.Database;
import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.TokenAmount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * Measures reserve + settle pairs through the billing use cases on real PostgreSQL, on one hot wallet and spread
 * over many, then checks that every wallet still adds up: balance = funds - what was settled = the sum of its
 * ledger, nothing left reserved.
 */
public final class WalletBenchmark {

    static final TokenAmount FUNDS = TokenAmount.ofTokens(1_000_000_000L);
    /** The targets, printed next to what was measured. */
    static final int HOT_TARGET_PAIRS = 1_000;
    static final int SPREAD_TARGET_PAIRS = 5_000;
    static final double P99_TARGET_MS = 10.0;

    private WalletBenchmark() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (BenchOptions.UsageException e) {
            System.err.println("wallet-bench: " + e.getMessage());
            System.err.println(BenchOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            System.out.println(BenchOptions.USAGE);
            return 0;
        }
        Path target = Path.of(System.getProperty("bench.target", "bench/wallet/target"));
        Path scratch = target.resolve("postgres-" + UUID.randomUUID());
        try {
            return run(options, target, scratch);
        } finally {
            BenchDatabase.remove(scratch);
        }
    }

    private static int run(BenchOptions options, Path target, Path scratch) {
        Database database;
        try {
            database = BenchDatabase.open(options, scratch);
        } catch (RuntimeException e) {
            System.err.println("wallet-bench: the database could not be set up: " + e.getMessage());
            return 3;
        }
        try (database) {
            BillingCore billing = new BillingCore(database.application());
            String machine = Runtime.getRuntime().availableProcessors() + " CPUs, Java " + System.getProperty("java.version")
                    + ", " + database.describe() + " (" + BenchDatabase.serverSettings(database.application()) + ")";
            System.out.println("Wallet benchmark on " + machine);
            List<String> rows = new ArrayList<>();
            boolean healthy = true;
            for (BenchOptions.Scenario scenario : options.scenarios().list(options.wallets())) {
                List<OrgId> wallets = new ArrayList<>();
                for (int i = 0; i < scenario.wallets(); i++) {
                    wallets.add(billing.fundedOrganisation("Bench " + scenario.name() + " " + i, FUNDS));
                }
                System.out.printf(Locale.ROOT, "%n%s: %d wallet(s), %d threads, %s, %ds warm-up + %ds measured%n", scenario.name(),
                        wallets.size(), options.threads(), options.rate() == 0 ? "closed loop" : options.rate() + " pairs/s",
                        options.warmupSeconds(), options.durationSeconds());
                PairLoad.Outcome outcome = new PairLoad(billing).run(wallets, options.threads(), options.rate(),
                        options.warmupSeconds(), options.durationSeconds());
                List<String> broken = check(billing, outcome.debited());
                healthy &= outcome.errors() == 0 && broken.isEmpty();
                print(scenario, options, outcome, broken);
                rows.add(row(scenario, options, outcome));
            }
            String results = markdown(machine, options, rows);
            System.out.println();
            System.out.println(results);
            Path out = options.out() != null ? options.out() : target.resolve("results.md");
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, results);
            System.out.println("Results written to " + out);
            return healthy ? 0 : 1;
        } catch (IOException | InterruptedException e) {
            System.err.println("wallet-bench: " + e);
            return 1;
        }
    }

    /** Every wallet: balance = funds - settled debits = sum of its ledger, and nothing still reserved. */
    private static List<String> check(BillingCore billing, Map<OrgId, LongAdder> debited) {
        List<String> broken = new ArrayList<>();
        debited.forEach((org, spent) -> {
            Wallet wallet = billing.mainWallet(org);
            TokenAmount expected = FUNDS.minus(TokenAmount.ofMilli(spent.sum()));
            if (!wallet.balance().equals(expected)) {
                broken.add(org + ": balance " + wallet.balance() + ", expected " + expected);
            }
            if (!wallet.reserved().equals(TokenAmount.ZERO)) {
                broken.add(org + ": " + wallet.reserved() + " still reserved");
            }
            TokenAmount ledger = billing.ledgerSum(org);
            if (!ledger.equals(wallet.balance())) {
                broken.add(org + ": ledger sums to " + ledger + ", balance is " + wallet.balance());
            }
        });
        return broken;
    }

    private static void print(BenchOptions.Scenario scenario, BenchOptions options, PairLoad.Outcome o, List<String> broken) {
        System.out.printf(Locale.ROOT, "  %,.0f pairs/s (%,d pairs measured, %,d in all), %d error(s)%n", o.pairsPerSecond(), o.pairs(),
                o.allPairs(), o.errors());
        System.out.println("  latency ms     p50     p90     p99   p99.9     max");
        line("reserve", o.reserve());
        line("settle", o.settle());
        line("pair", o.pair());
        int target = scenario.wallets() == 1 ? HOT_TARGET_PAIRS : SPREAD_TARGET_PAIRS;
        double p99 = Math.max(ms(o.reserve(), 99), ms(o.settle(), 99));
        System.out.printf(Locale.ROOT, "  target >= %,d pairs/s: %s; p99 per operation <= %.0f ms: %s%n", target,
                o.pairsPerSecond() >= target ? "met" : "NOT met", P99_TARGET_MS, p99 <= P99_TARGET_MS ? "met" : "NOT met");
        if (o.firstError() != null) {
            System.out.println("  first error: " + o.firstError());
        }
        broken.forEach(b -> System.out.println("  BROKEN: " + b));
        if (broken.isEmpty()) {
            System.out.println("  every wallet adds up: balance = funds - settled = sum of its ledger, nothing reserved");
        }
    }

    private static void line(String name, Histogram h) {
        System.out.printf(Locale.ROOT, "  %-10s %7.2f %7.2f %7.2f %7.2f %7.2f%n", name, ms(h, 50), ms(h, 90), ms(h, 99), ms(h, 99.9),
                h.getMaxValue() / 1000.0);
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1000.0;
    }

    private static String row(BenchOptions.Scenario scenario, BenchOptions options, PairLoad.Outcome o) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %s | %,.0f | %.2f / %.2f / %.2f | %.2f / %.2f / %.2f | %.2f | %d |",
                scenario.name(), scenario.wallets(), options.threads(), options.rate() == 0 ? "closed loop" : options.rate() + " pairs/s",
                o.pairsPerSecond(), ms(o.reserve(), 50), ms(o.reserve(), 99), o.reserve().getMaxValue() / 1000.0,
                ms(o.settle(), 50), ms(o.settle(), 99), o.settle().getMaxValue() / 1000.0, ms(o.pair(), 99), o.errors());
    }

    private static String markdown(String machine, BenchOptions options, List<String> rows) {
        StringBuilder md = new StringBuilder();
        md.append("## Wallet: reserve + settle pairs (").append(Instant.now()).append(")\n\n");
        md.append("Machine: ").append(machine).append("\n\n");
        md.append("| scenario | wallets | threads | load | pairs/s | reserve p50 / p99 / max (ms) | settle p50 / p99 / max (ms) "
                + "| pair p99 (ms) | errors |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        md.append("\nCommand: `").append(options.command()).append("`\n");
        return md.toString();
    }
}

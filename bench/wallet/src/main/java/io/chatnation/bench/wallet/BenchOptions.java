package io.chatnation.bench.wallet;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Command-line options of the wallet benchmark. Immutable once parsed. */
record BenchOptions(String db, String user, String password, Scenarios scenarios, int wallets, int threads, int rate,
                    int durationSeconds, int warmupSeconds, Path out, boolean help) {

    enum Scenarios {
        HOT, SPREAD, BOTH;

        List<Scenario> list(int wallets) {
            return switch (this) {
                case HOT -> List.of(Scenario.hot());
                case SPREAD -> List.of(Scenario.spread(wallets));
                case BOTH -> List.of(Scenario.hot(), Scenario.spread(wallets));
            };
        }
    }

    /** One shape of load: how many wallets (one organisation each) the pairs are spread over. */
    record Scenario(String name, int wallets) {
        static Scenario hot() {
            return new Scenario("hot", 1);
        }

        static Scenario spread(int wallets) {
            return new Scenario("spread", wallets);
        }
    }

    /** Thrown for invalid command lines; the message is meant for the user. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static final String EMBEDDED = "embedded";
    static final int DEFAULT_WALLETS = 100;
    static final int DEFAULT_THREADS = 16;
    static final int DEFAULT_DURATION_S = 30;
    static final int DEFAULT_WARMUP_S = 5;

    static final String USAGE = String.join("\n",
            "Usage: wallet-bench [options]",
            "",
            "Reserve + settle pairs through the billing use cases (ReserveTokens, SettleReservation) on real",
            "PostgreSQL: scenario 'hot' puts every pair on one wallet, 'spread' on --wallets wallets (one",
            "organisation each, picked at random per pair). Each pair is one reserve and one settle",
            "transaction; latencies are recorded per operation in HdrHistogram.",
            "",
            "Options:",
            "  --db <embedded|jdbc-url>  embedded PostgreSQL under target/, or a server such as",
            "                            jdbc:postgresql://localhost:5432/postgres, in which a fresh",
            "                            database 'chatnation_wallet_bench' is created  (default embedded)",
            "  --user <name>             superuser of that server                      (default postgres)",
            "  --password <secret>       its password                                  (default empty)",
            "  --scenario <s>            hot | spread | both (one after the other)     (default both)",
            "  --wallets <n>             wallets of the spread scenario                (default " + DEFAULT_WALLETS + ")",
            "  --threads <n>             concurrent callers (and pooled connections)   (default " + DEFAULT_THREADS + ")",
            "  --rate <pairs/s>          0: each thread runs pairs back to back (closed loop, measures",
            "                            capacity); > 0: pairs are scheduled at this total rate and",
            "                            latency counts from each pair's intended start (open loop)",
            "                                                                          (default 0)",
            "  --duration <s>            measured seconds per scenario                 (default " + DEFAULT_DURATION_S + ")",
            "  --warmup <s>              warm-up seconds, results discarded            (default " + DEFAULT_WARMUP_S + ")",
            "  --out <file>              Markdown results                              (default target/results.md)",
            "  --help                    print this help",
            "",
            "Exit status: 0 every operation succeeded and every wallet adds up; 1 errors or a broken",
            "invariant; 2 bad arguments; 3 the database could not be set up.");

    static BenchOptions parse(String... args) throws UsageException {
        String db = EMBEDDED;
        String user = "postgres";
        String password = "";
        Scenarios scenarios = Scenarios.BOTH;
        int wallets = DEFAULT_WALLETS;
        int threads = DEFAULT_THREADS;
        int rate = 0;
        int duration = DEFAULT_DURATION_S;
        int warmup = DEFAULT_WARMUP_S;
        Path out = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.isBlank()) {
                continue;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (!name.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException("option " + name + " needs a value");
                }
                value = args[++i];
            }
            switch (name) {
                case "--db" -> db = database(value);
                case "--user" -> user = value;
                case "--password" -> password = value;
                case "--scenario" -> scenarios = scenarios(value);
                case "--wallets" -> wallets = number(name, value, 1, 100_000);
                case "--threads" -> threads = number(name, value, 1, 1_000);
                case "--rate" -> rate = number(name, value, 0, 1_000_000);
                case "--duration" -> duration = number(name, value, 1, 86_400);
                case "--warmup" -> warmup = number(name, value, 0, 86_400);
                case "--out" -> {
                    if (value.isBlank()) {
                        throw new UsageException("option --out needs a file name");
                    }
                    out = Path.of(value);
                }
                default -> throw new UsageException("unknown option '" + name + "'");
            }
        }
        return new BenchOptions(db, user, password, scenarios, wallets, threads, rate, duration, warmup, out, help);
    }

    boolean embedded() {
        return db.equals(EMBEDDED);
    }

    /** The command line that reproduces this run. */
    String command() {
        StringBuilder command = new StringBuilder("bench/wallet/run.sh");
        if (!embedded()) {
            command.append(" --db ").append(db).append(" --user ").append(user);
        }
        command.append(" --scenario ").append(scenarios.name().toLowerCase(Locale.ROOT));
        if (scenarios != Scenarios.HOT) {
            command.append(" --wallets ").append(wallets);
        }
        command.append(" --threads ").append(threads).append(" --rate ").append(rate)
                .append(" --duration ").append(durationSeconds).append(" --warmup ").append(warmupSeconds);
        return command.toString();
    }

    private static String database(String value) throws UsageException {
        if (value.equals(EMBEDDED) || value.startsWith("jdbc:postgresql://")) {
            return value;
        }
        throw new UsageException("--db must be 'embedded' or a jdbc:postgresql:// URL, got '" + value + "'");
    }

    private static Scenarios scenarios(String value) throws UsageException {
        try {
            return Scenarios.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--scenario must be hot, spread or both, got '" + value + "'");
        }
    }

    private static int number(String name, String value, int min, int max) throws UsageException {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new UsageException(name + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, got '" + value + "'");
        }
    }
}

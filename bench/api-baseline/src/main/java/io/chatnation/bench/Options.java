package io.chatnation.bench;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Command-line options of the load generator. Immutable once parsed. */
final class Options {

    /** Which scenarios to run. */
    enum ScenarioSelection {
        ME, MEMBERS, BOTH;

        List<Scenario> scenarios() {
            switch (this) {
                case ME:
                    return List.of(Scenario.ME);
                case MEMBERS:
                    return List.of(Scenario.MEMBERS);
                default:
                    return List.of(Scenario.ME, Scenario.MEMBERS);
            }
        }

        String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Thrown for invalid command lines; the message is meant for the user. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static final String DEFAULT_URL = "http://localhost:8080";
    static final int DEFAULT_RATE = 1000;
    static final int DEFAULT_DURATION_S = 60;
    static final int DEFAULT_WARMUP_S = 10;
    static final int DEFAULT_CONNECTIONS = 256;
    static final int DEFAULT_TIMEOUT_MS = 10_000;
    static final int DEFAULT_MEMBERS = 50;
    static final int DEFAULT_TOKEN_REFRESH_S = 600;

    static final String USAGE = String.join("\n",
            "Usage: api-baseline [options]",
            "",
            "Constant-rate (open-model) load generator for the ChatNation API. Requests are",
            "scheduled at fixed intervals and latency is measured from each request's intended",
            "send time, so a slow server cannot hide its stalls (coordinated omission).",
            "",
            "Options:",
            "  --url <base>            server base URL, without /api/v1     (default " + DEFAULT_URL + ")",
            "  --rate <req/s>          target request rate per scenario     (default " + DEFAULT_RATE + ")",
            "  --duration <s>          measured seconds per scenario        (default " + DEFAULT_DURATION_S + ")",
            "  --warmup <s>            warm-up seconds, results discarded   (default " + DEFAULT_WARMUP_S + ")",
            "  --scenario <s>          me | members | both (sequentially)   (default both)",
            "  --connections <n>       max in-flight requests = max open    (default " + DEFAULT_CONNECTIONS + ")",
            "                          connections",
            "  --timeout <ms>          per-request timeout                  (default " + DEFAULT_TIMEOUT_MS + ")",
            "  --members <n>           members added during setup           (default " + DEFAULT_MEMBERS + ")",
            "  --token-refresh <s>     refresh the access token after s     (default " + DEFAULT_TOKEN_REFRESH_S + ")",
            "  --out <file>            where to write the Markdown results  (default target/results.md)",
            "  --help                  print this help",
            "",
            "Exit status: 0 all requests 2xx; 1 errors or non-2xx responses; 2 bad arguments;",
            "3 setup against the API failed.");

    final URI baseUri;
    final int rate;
    final int durationSeconds;
    final int warmupSeconds;
    final ScenarioSelection scenario;
    final int connections;
    final int timeoutMillis;
    final int members;
    final int tokenRefreshSeconds;
    /** Explicit --out, or null for the default location. */
    final Path out;
    final boolean help;

    private Options(URI baseUri, int rate, int durationSeconds, int warmupSeconds, ScenarioSelection scenario,
            int connections, int timeoutMillis, int members, int tokenRefreshSeconds, Path out, boolean help) {
        this.baseUri = baseUri;
        this.rate = rate;
        this.durationSeconds = durationSeconds;
        this.warmupSeconds = warmupSeconds;
        this.scenario = scenario;
        this.connections = connections;
        this.timeoutMillis = timeoutMillis;
        this.members = members;
        this.tokenRefreshSeconds = tokenRefreshSeconds;
        this.out = out;
        this.help = help;
    }

    static Options parse(String... args) throws UsageException {
        String url = DEFAULT_URL;
        int rate = DEFAULT_RATE;
        int duration = DEFAULT_DURATION_S;
        int warmup = DEFAULT_WARMUP_S;
        ScenarioSelection scenario = ScenarioSelection.BOTH;
        int connections = DEFAULT_CONNECTIONS;
        int timeout = DEFAULT_TIMEOUT_MS;
        int members = DEFAULT_MEMBERS;
        int tokenRefresh = DEFAULT_TOKEN_REFRESH_S;
        Path out = null;
        boolean help = false;

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.isBlank()) {
                continue;
            }
            String name;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else {
                name = arg;
            }
            if (name.equals("--help") || name.equals("-h")) {
                help = true;
                continue;
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
                case "--url":
                    url = value;
                    break;
                case "--rate":
                    rate = positiveInt(name, value, 1, 1_000_000);
                    break;
                case "--duration":
                    duration = positiveInt(name, value, 1, 86_400);
                    break;
                case "--warmup":
                    warmup = positiveInt(name, value, 0, 86_400);
                    break;
                case "--scenario":
                    scenario = scenario(value);
                    break;
                case "--connections":
                    connections = positiveInt(name, value, 1, 65_536);
                    break;
                case "--timeout":
                    timeout = positiveInt(name, value, 1, 3_600_000);
                    break;
                case "--members":
                    members = positiveInt(name, value, 0, 100_000);
                    break;
                case "--token-refresh":
                    tokenRefresh = positiveInt(name, value, 1, 86_400);
                    break;
                case "--out":
                    if (value.isBlank()) {
                        throw new UsageException("option --out needs a file name");
                    }
                    out = Path.of(value);
                    break;
                default:
                    throw new UsageException("unknown option '" + name + "'");
            }
        }
        return new Options(baseUri(url), rate, duration, warmup, scenario, connections, timeout, members,
                tokenRefresh, out, help);
    }

    private static URI baseUri(String url) throws UsageException {
        String trimmed = url.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new UsageException("--url is not a valid URL: " + url);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null) {
            throw new UsageException("--url must be an absolute http(s) URL such as " + DEFAULT_URL
                    + ", got '" + url + "'");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new UsageException("--url must not have a query or fragment: " + url);
        }
        return uri;
    }

    private static ScenarioSelection scenario(String value) throws UsageException {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "me":
                return ScenarioSelection.ME;
            case "members":
                return ScenarioSelection.MEMBERS;
            case "both":
                return ScenarioSelection.BOTH;
            default:
                throw new UsageException("--scenario must be one of me, members, both; got '" + value + "'");
        }
    }

    private static int positiveInt(String name, String value, int min, int max) throws UsageException {
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("option " + name + " needs a whole number, got '" + value + "'");
        }
        if (parsed < min || parsed > max) {
            throw new UsageException("option " + name + " must be between " + min + " and " + max
                    + ", got " + parsed);
        }
        return parsed;
    }

    /** The arguments that reproduce this run, with every option spelled out. */
    List<String> toArgs() {
        List<String> args = new ArrayList<>();
        add(args, "--url", baseUri.toString());
        add(args, "--rate", Integer.toString(rate));
        add(args, "--duration", Integer.toString(durationSeconds));
        add(args, "--warmup", Integer.toString(warmupSeconds));
        add(args, "--scenario", scenario.cliName());
        add(args, "--connections", Integer.toString(connections));
        if (timeoutMillis != DEFAULT_TIMEOUT_MS) {
            add(args, "--timeout", Integer.toString(timeoutMillis));
        }
        if (members != DEFAULT_MEMBERS) {
            add(args, "--members", Integer.toString(members));
        }
        if (tokenRefreshSeconds != DEFAULT_TOKEN_REFRESH_S) {
            add(args, "--token-refresh", Integer.toString(tokenRefreshSeconds));
        }
        return args;
    }

    private static void add(List<String> args, String name, String value) {
        args.add(name);
        args.add(value);
    }

    /** The exact Maven command line that reproduces this run from the repository root. */
    String command() {
        return "mvn -q -f bench/api-baseline/pom.xml compile exec:java -Dexec.args=\""
                + String.join(" ", toArgs()) + "\"";
    }

    /** Absolute URI of an API path such as {@code /auth/me}. */
    URI api(String pathAndQuery) {
        return URI.create(baseUri + "/api/v1" + pathAndQuery);
    }
}

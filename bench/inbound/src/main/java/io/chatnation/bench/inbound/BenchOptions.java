package io.chatnation.bench.inbound;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of the inbound benchmark; every option has a default that reproduces the recorded run. */
final class BenchOptions {

    static final String USAGE = """
            usage: bench/inbound/run.sh [options]
              --rate N          signed webhooks per second (default 1000)
              --duration S      measured seconds (default 60)
              --warmup S        seconds at the same rate before measuring, discarded (default 60)
              --senders N       distinct WhatsApp users writing in turn (default 10000)
              --connections N   most webhooks in flight at once (default 256)
              --timeout-ms N    a webhook unanswered this long is an error (default 10000)
              --fake-mps N      the Cloud API fake's messages per second per number (default 1000, Meta's top tier)
              --statuses        the fake also sends sent/delivered/read status webhooks for every reply
              --settle S        after the warm-up, at most how long to wait for its replies before measuring (default 120)
              --reply-wait S    after the load, how long to wait for the last replies (default 120)
              --jar PATH        the server jar (default app-server/target/chatnation-server.jar)
            """;

    int rate = 1000;
    int durationSeconds = 60;
    int warmupSeconds = 60;
    int senders = 10_000;
    int connections = 256;
    int timeoutMillis = 10_000;
    int fakeMessagesPerSecond = 1000;
    boolean statuses;
    int settleSeconds = 120;
    int replyWaitSeconds = 120;
    Path jar = Path.of("app-server/target/chatnation-server.jar");

    static BenchOptions parse(String[] args) {
        BenchOptions o = new BenchOptions();
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String name = rest.remove(0);
            if (name.equals("--statuses")) {
                o.statuses = true;
                continue;
            }
            if (name.equals("--help") || name.equals("-h")) {
                throw new UsageException("");
            }
            if (rest.isEmpty()) {
                throw new UsageException(name + " needs a value");
            }
            String value = rest.remove(0);
            switch (name) {
                case "--rate" -> o.rate = positive(name, value);
                case "--duration" -> o.durationSeconds = positive(name, value);
                case "--warmup" -> o.warmupSeconds = atLeastZero(name, value);
                case "--senders" -> o.senders = positive(name, value);
                case "--connections" -> o.connections = positive(name, value);
                case "--timeout-ms" -> o.timeoutMillis = positive(name, value);
                case "--fake-mps" -> o.fakeMessagesPerSecond = positive(name, value);
                case "--settle" -> o.settleSeconds = positive(name, value);
                case "--reply-wait" -> o.replyWaitSeconds = positive(name, value);
                case "--jar" -> o.jar = Path.of(value);
                default -> throw new UsageException("unknown option " + name);
            }
        }
        return o;
    }

    long warmupMessages() {
        return (long) rate * warmupSeconds;
    }

    long totalMessages() {
        return warmupMessages() + (long) rate * durationSeconds;
    }

    /** The arguments that reproduce this run, for the report. */
    String command() {
        return "bench/inbound/run.sh --rate " + rate + " --duration " + durationSeconds + " --warmup " + warmupSeconds
                + " --settle " + settleSeconds + " --senders " + senders + " --fake-mps " + fakeMessagesPerSecond + (statuses ? " --statuses" : "");
    }

    private static int positive(String name, String value) {
        int parsed = atLeastZero(name, value);
        if (parsed == 0) {
            throw new UsageException(name + " must be positive");
        }
        return parsed;
    }

    private static int atLeastZero(String name, String value) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < 0) {
                throw new UsageException(name + " must not be negative");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " takes a whole number, not '" + value + "'");
        }
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}

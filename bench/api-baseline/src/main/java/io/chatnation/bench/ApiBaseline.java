package io.chatnation.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * API baseline benchmark: registers a fresh organisation, adds members, then drives
 * {@code GET /api/v1/auth/me} and {@code GET /api/v1/members?limit=20} at a constant rate and
 * reports coordinated-omission-corrected latencies. See bench/README.md.
 */
public final class ApiBaseline {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED_REQUESTS = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_SETUP = 3;

    private ApiBaseline() {
    }

    public static void main(String[] args) {
        // Exit explicitly: the status must reach the shell, also when run inside Maven (exec:java).
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the benchmark; results go to {@code out}, progress and problems to {@code log}. */
    static int run(String[] args, PrintStream out, PrintStream log) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            log.println("error: " + e.getMessage());
            log.println();
            log.println(Options.USAGE);
            return EXIT_USAGE;
        }
        if (options.help) {
            out.println(Options.USAGE);
            return EXIT_OK;
        }

        ExecutorService executor = Executors.newFixedThreadPool(
                Math.max(2, Runtime.getRuntime().availableProcessors()), daemonThreads("bench-http-"));
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(options.timeoutMillis))
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .executor(executor)
                .build();
        ApiSession session = new ApiSession(client, options, log);
        try {
            log.println("setup: registering a fresh organisation at " + options.api(""));
            session.register();
            log.printf(Locale.ROOT, "setup: organisation %s, owner %s; adding %d members%n",
                    session.organizationId(), session.email(), options.members);
            session.addMembers(options.members);
            for (Scenario scenario : options.scenario.scenarios()) {
                log.println("setup: probe " + scenario.endpoint() + ": " + session.probe(scenario));
            }
        } catch (ApiSession.SetupException e) {
            log.println("setup failed: " + e.getMessage());
            session.close();
            executor.shutdownNow();
            return EXIT_SETUP;
        }

        try {
            LoadRunner runner = new LoadRunner(client, options, session, log);
            List<ScenarioResult> results = new ArrayList<>();
            for (Scenario scenario : options.scenario.scenarios()) {
                ScenarioResult result = runner.run(scenario);
                results.add(result);
                out.println();
                out.print(result.summary());
            }
            if (session.refreshCount() > 0) {
                log.println("access token renewed " + session.refreshCount() + " time(s) during the run");
            }
            report(options, results, out, log);
            return results.stream().anyMatch(ScenarioResult::failed) ? EXIT_FAILED_REQUESTS : EXIT_OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.println("interrupted");
            return EXIT_FAILED_REQUESTS;
        } finally {
            session.close();
            executor.shutdownNow();
        }
    }

    private static void report(Options options, List<ScenarioResult> results, PrintStream out, PrintStream log) {
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        String commit = gitCommit();

        out.println();
        out.println("Markdown rows for BENCHMARKS.md:");
        out.println();
        out.println(ScenarioResult.TABLE_HEADER);
        out.println(ScenarioResult.TABLE_SEPARATOR);
        for (ScenarioResult result : results) {
            out.println(result.tableRow(date, commit));
        }
        out.println();
        out.println("Command:");
        out.println();
        out.println("    " + options.command());
        boolean failed = results.stream().anyMatch(ScenarioResult::failed);
        if (failed) {
            out.println();
            out.println("FAILED: some requests got errors or non-2xx responses (see above).");
        }

        Path file = resultsFile(options);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, resultsMarkdown(options, results, date, commit), StandardCharsets.UTF_8);
            out.println();
            out.println("Full results: " + file.toAbsolutePath().normalize());
        } catch (IOException e) {
            log.println("warning: could not write " + file + ": " + e);
        }
    }

    static Path resultsFile(Options options) {
        if (options.out != null) {
            return options.out;
        }
        String configured = System.getProperty("bench.results");
        return configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("target", "results.md");
    }

    static String resultsMarkdown(Options options, List<ScenarioResult> results, String date, String commit) {
        StringBuilder md = new StringBuilder();
        md.append("# API baseline results\n\n");
        md.append("- Date (UTC): ").append(date).append('\n');
        md.append("- Commit: ").append(commit).append('\n');
        md.append("- Target: ").append(options.baseUri).append('\n');
        md.append("- Client: Java ").append(Runtime.version()).append(", ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs\n");
        md.append("- Model: open, constant rate; latency measured from each request's intended send time "
                + "(corrected for coordinated omission); warm-up discarded\n");
        md.append("- Result: ").append(results.stream().anyMatch(ScenarioResult::failed)
                ? "FAILED (errors or non-2xx responses)" : "OK (every request answered 2xx)").append("\n\n");
        md.append("Command:\n\n```\n").append(options.command()).append("\n```\n\n");
        md.append(ScenarioResult.TABLE_HEADER).append('\n');
        md.append(ScenarioResult.TABLE_SEPARATOR).append('\n');
        for (ScenarioResult result : results) {
            md.append(result.tableRow(date, commit)).append('\n');
        }
        for (ScenarioResult result : results) {
            md.append("\n## ").append(result.scenario.cliName).append(": `").append(result.scenario.endpoint())
                    .append("`\n\n```\n").append(result.summary()).append("```\n\n");
            md.append("Latency distribution (ms, from intended send time):\n\n```\n");
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (PrintStream ps = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
                if (result.latency().getTotalCount() > 0) {
                    result.latency().outputPercentileDistribution(ps, 1000.0);
                } else {
                    ps.println("(no responses)");
                }
            }
            md.append(buffer.toString(StandardCharsets.UTF_8)).append("```\n");
        }
        return md.toString();
    }

    /** {@code git describe --always --dirty} of the working directory, or "unknown". */
    static String gitCommit() {
        try {
            Process process = new ProcessBuilder("git", "describe", "--always", "--dirty")
                    .redirectErrorStream(true)
                    .start();
            byte[] output;
            try (InputStream in = process.getInputStream()) {
                output = in.readNBytes(200);
            }
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "unknown";
            }
            String text = new String(output, StandardCharsets.UTF_8).trim();
            return process.exitValue() == 0 && !text.isEmpty() && !text.contains("\n") ? text : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

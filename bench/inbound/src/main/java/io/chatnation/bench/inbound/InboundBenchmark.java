package io.chatnation.bench.inbound;

import io.chatnation.adapter.whatsapp.cloud.fake.FakeCloudApi;
import io.chatnation.domain.messaging.ChannelSecret;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.AbstractHistogram;

/**
 * Signed WhatsApp Cloud API webhooks at a constant rate against the server on its embedded defaults; the default
 * reply of every message goes back through the Cloud API fake. Reports the acknowledgement latency of the webhooks,
 * the inbound-to-reply latency (from the moment a webhook was due to the moment its reply reached the provider), and
 * whether every acknowledged message was answered exactly once.
 *
 * <p>Exit status: 0 when the run met its targets (no errors, every message answered once, p99 acknowledgement
 * ≤ 20 ms, inbound-to-reply p95 ≤ 100 ms), 1 otherwise, 2 for bad arguments, 3 when the setup failed.
 */
public final class InboundBenchmark {

    private static final double ACK_P99_TARGET_MS = 20;
    private static final double REPLY_P95_TARGET_MS = 100;
    private static final String ACCESS_TOKEN = "EAAG-bench-" + UUID.randomUUID();

    private InboundBenchmark() {}

    public static void main(String[] args) throws Exception {
        PrintStream log = System.out;
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (BenchOptions.UsageException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println("run.sh: " + e.getMessage());
            }
            System.err.print(BenchOptions.USAGE);
            System.exit(e.getMessage().isEmpty() ? 0 : 2);
            return;
        }
        System.exit(run(options, log));
    }

    private static int run(BenchOptions options, PrintStream log) throws Exception {
        ChannelSecret appSecret = new ChannelSecret("bench-app-secret-" + UUID.randomUUID());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        FakeCloudApi.Builder fakeBuilder = FakeCloudApi.builder().throughputPerSecond(options.fakeMessagesPerSecond)
                .threads(8);
        try (FakeCloudApi fake = fakeBuilder.start()) {
            fake.addNumber(InboundTraffic.PHONE_NUMBER_ID, InboundTraffic.DISPLAY_NUMBER.substring(1),
                    InboundTraffic.WABA_ID, ACCESS_TOKEN);
            // The users' webhooks reach the server directly, not through the fake: open their service windows there.
            Instant now = Instant.now();
            for (int n = 0; n < options.senders; n++) {
                fake.userWrote(InboundTraffic.PHONE_NUMBER_ID, InboundTraffic.user(n), now);
            }
            ServerUnderTest server;
            URI webhook;
            InboundTraffic traffic;
            try {
                server = ServerUnderTest.start(options.jar, fake.baseUri(), http, log);
                webhook = server.uri(server.connectNumber(InboundTraffic.PHONE_NUMBER_ID, InboundTraffic.WABA_ID,
                        InboundTraffic.DISPLAY_NUMBER, ACCESS_TOKEN, appSecret.value()));
                if (options.statuses) {
                    fake.deliverWebhooksTo(webhook, appSecret);
                }
                log.printf("signing %,d webhooks from %,d users%n", options.totalMessages(), options.senders);
                traffic = InboundTraffic.build(options.totalMessages(), options.senders, appSecret);
            } catch (Exception e) {
                System.err.println("setup failed: " + e.getMessage());
                return 3;
            }
            try (server) {
                log.printf("%d webhooks/s: %d s warm-up, %d s measured, up to %d in flight%n", options.rate,
                        options.warmupSeconds, options.durationSeconds, options.connections);
                LoadResult load = new WebhookLoad(http, options, log).run(webhook, traffic,
                        acknowledged -> awaitReplies(fake, acknowledged, options.settleSeconds, log));
                long acknowledged = load.warmup.acknowledged.sum() + load.measured.acknowledged.sum();
                awaitReplies(fake, acknowledged, options.replyWaitSeconds, log);
                Replies replies = Replies.match(fake.sent(), load, load::dueEpochMicros);
                return report(options, load, replies, log);
            }
        }
    }

    private static void awaitReplies(FakeCloudApi fake, long expected, int waitSeconds, PrintStream log) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
        int seen = fake.sent().size();
        while (seen < expected && System.nanoTime() < deadline) {
            sleep(1000);
            seen = fake.sent().size();
        }
        log.printf("%,d replies for %,d acknowledged webhooks%n", seen, expected);
        // A little longer, so that a message answered twice shows up as such.
        sleep(2000);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static int report(BenchOptions options, LoadResult load, Replies replies, PrintStream log) throws Exception {
        Phase m = load.measured;
        double ackP50 = ms(m.ackMicros, 50);
        double ackP99 = ms(m.ackMicros, 99);
        double replyP50 = ms(replies.inboundToReplyMicros, 50);
        double replyP95 = ms(replies.inboundToReplyMicros, 95);
        long errors = load.warmup.errors() + m.errors();
        boolean met = errors == 0 && replies.unanswered == 0 && replies.answeredTwice == 0
                && ackP99 <= ACK_P99_TARGET_MS && replyP95 <= REPLY_P95_TARGET_MS;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nMeasured %d s at %d webhooks/s (%,d webhooks, %,d acknowledged)%n",
                options.durationSeconds, options.rate, load.total - load.warmupCount, m.acknowledged.sum()));
        out.append(String.format(Locale.ROOT, "  acknowledgement ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
                ackP50, ms(m.ackMicros, 90), ackP99, ms(m.ackMicros, 99.9), m.ackMicros.getMaxValue() / 1000.0));
        out.append(String.format(Locale.ROOT, "  inbound-to-reply ms: p50 %.2f  p90 %.2f  p95 %.2f  p99 %.2f  max %.2f%n",
                replyP50, ms(replies.inboundToReplyMicros, 90), replyP95, ms(replies.inboundToReplyMicros, 99),
                replies.inboundToReplyMicros.getMaxValue() / 1000.0));
        out.append(String.format(Locale.ROOT, "  errors %d (refused %d, failed %d%s), webhooks that waited for a"
                        + " connection %d%n", errors, load.warmup.refused.sum() + m.refused.sum(),
                load.warmup.failed.sum() + m.failed.sum(),
                m.firstProblem.get() == null ? "" : ", first: " + m.firstProblem.get(), m.waitedForConnection.sum()));
        out.append(String.format(Locale.ROOT, "  replies: %,d messages answered, %d unanswered, %d answered twice%n",
                replies.answered, replies.unanswered, replies.answeredTwice));
        out.append(String.format(Locale.ROOT, "  targets (ack p99 <= %.0f ms, reply p95 <= %.0f ms, no errors, all answered"
                + " once): %s%n", ACK_P99_TARGET_MS, REPLY_P95_TARGET_MS, met ? "MET" : "NOT MET"));
        out.append(String.format(Locale.ROOT, "%n| %d/s × %d s | %.1f | %.1f | %.1f | %.1f | %d | %,d/%,d | `%s` |%n",
                options.rate, options.durationSeconds, ackP50, ackP99, replyP50, replyP95, errors,
                replies.answered - replies.answeredTwice, m.acknowledged.sum() + load.warmup.acknowledged.sum(),
                options.command()));
        log.print(out);
        String results = System.getProperty("bench.results");
        if (results != null) {
            Path path = Path.of(results);
            Files.createDirectories(path.getParent());
            Files.writeString(path, out.toString(), StandardCharsets.UTF_8);
        }
        return met ? 0 : 1;
    }

    private static double ms(AbstractHistogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}

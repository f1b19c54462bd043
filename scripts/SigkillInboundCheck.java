import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Crash check of the inbound pipeline: webhooks acknowledged with 200 before the server JVM is killed with SIGKILL
 * must each be stored once and answered once after a restart on the same data folder.
 *
 * <p>Plays Meta on both sides: posts signed webhooks to the number's URL and answers the Cloud API's send calls,
 * counting the replies per inbound message id ({@code context.message_id}). Runs on the JDK alone
 * ({@code java SigkillInboundCheck.java ...}); the database is read with {@code psql} as the embedded superuser.
 * Exits 0 on PASS, 1 on FAIL, 2 when the check itself could not run.
 */
public final class SigkillInboundCheck {

    private static final String APP_SECRET = "sigkill-app-secret-" + UUID.randomUUID();
    private static final Pattern CONTEXT_ID = Pattern.compile("\"context\"\\s*:\\s*\\{\\s*\"message_id\"\\s*:\\s*\"([^\"]+)\"");
    /** MESSAGING_WORKER_THREADS and the jobs each claims at once, the server's defaults. */
    private static final int WORKER_THREADS = 8;
    private static final int WORKER_BATCH = 20;
    /** A worker records what the provider answered once per claimed batch: so many replies can be sent, unrecorded. */
    private static final int UNRECORDED_AT_MOST = WORKER_THREADS * WORKER_BATCH;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path jar;
    private final Path dataDir;
    private final int messages;
    private final int killAfterAcks;
    private final boolean workerBeforeKill;
    private final int replyDelayMillis;
    private final boolean killPostgres;
    private final boolean synchronousCommit;
    private final int httpPort;
    private final int dbPort;
    private final FakeCloud fake;

    private SigkillInboundCheck(Path jar, Path dataDir, int messages, int killAfterAcks, boolean workerBeforeKill,
                                int replyDelayMillis, boolean killPostgres, boolean synchronousCommit) throws IOException {
        this.jar = jar;
        this.dataDir = dataDir;
        this.messages = messages;
        this.killAfterAcks = killAfterAcks;
        this.workerBeforeKill = workerBeforeKill;
        this.replyDelayMillis = replyDelayMillis;
        this.killPostgres = killPostgres;
        this.synchronousCommit = synchronousCommit;
        this.httpPort = freePort();
        this.dbPort = freePort();
        this.fake = new FakeCloud();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int messages = Integer.parseInt(options.getOrDefault("messages", "500"));
        int killAfter = Integer.parseInt(options.getOrDefault("kill-after", String.valueOf(messages * 3 / 5)));
        SigkillInboundCheck check = new SigkillInboundCheck(Path.of(options.getOrDefault("jar",
                "app-server/target/chatnation-server.jar")).toAbsolutePath(),
                Path.of(options.get("data-dir")).toAbsolutePath(), messages, killAfter,
                Boolean.parseBoolean(options.getOrDefault("worker-before-kill", "false")),
                Integer.parseInt(options.getOrDefault("reply-delay-ms", "50")),
                Boolean.parseBoolean(options.getOrDefault("kill-postgres", "false")),
                Boolean.parseBoolean(options.getOrDefault("synchronous-commit", "false")));
        int status;
        try {
            status = check.run() ? 0 : 1;
        } catch (Exception e) {
            e.printStackTrace();
            System.out.println("ERROR: the check could not run: " + e);
            status = 2;
        } finally {
            check.fake.stop();
        }
        System.exit(status);
    }

    private boolean run() throws Exception {
        log("data folder " + dataDir + ", HTTP port " + httpPort + ", embedded PostgreSQL port " + dbPort
                + ", Cloud API fake port " + fake.port());
        // First life: with the worker off every acknowledged webhook is still a pending job when the JVM dies; with it
        // on, behind a slow provider, the kill also falls among jobs being processed and replies being sent.
        if (workerBeforeKill) {
            fake.delay(replyDelayMillis);
        }
        Process first = startServer(workerBeforeKill, "server-1.log");
        if (synchronousCommit) {
            // The embedded server runs with synchronous_commit=off; a database setting overrides that for new sessions,
            // so restart the server once for its pool to pick it up.
            lines("alter database postgres set synchronous_commit = on");
            first.destroy();
            first.waitFor(60, TimeUnit.SECONDS);
            first = startServer(workerBeforeKill, "server-1b.log");
            log("synchronous_commit: " + lines("show synchronous_commit").get(0) + " for new sessions");
        }
        Process firstLife = first;
        Account account = connect();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> refused = ConcurrentHashMap.newKeySet();
        Set<String> unanswered = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicLong killedAt = new AtomicLong();
        AtomicInteger postedAfterKill = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        for (int i = 0; i < messages; i++) {
            int n = i;
            senders.submit(() -> {
                String id = "wamid.sigkill-" + n;
                if (killed.get()) {
                    postedAfterKill.incrementAndGet();
                }
                try {
                    HttpResponse<String> r = postWebhook(account, id, "2547" + String.format("%08d", n % 50), "message " + n);
                    (r.statusCode() == 200 ? acknowledged : refused).add(id);
                } catch (IOException e) {
                    // No answer: Meta would deliver it again later; not acknowledged, so not required to survive.
                    unanswered.add(id);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                // SIGKILL while webhooks are still arriving: the ones in flight get no answer.
                if (acknowledged.size() >= killAfterAcks && killed.compareAndSet(false, true)) {
                    firstLife.destroyForcibly();
                    if (killPostgres) {
                        // Both at once, as when the container or machine goes down.
                        killPostgres();
                    }
                    killedAt.set(System.nanoTime());
                    log("SIGKILL sent to the server JVM (pid " + firstLife.pid() + ") after " + acknowledged.size()
                            + " acknowledged webhooks");
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(5, TimeUnit.MINUTES);
        first.waitFor(30, TimeUnit.SECONDS);
        fake.delay(0);
        if (!killed.get()) {
            throw new IllegalStateException("every webhook was answered before the kill; lower --kill-after");
        }
        log("webhooks: " + messages + " posted, " + acknowledged.size() + " acknowledged (200), " + refused.size()
                + " refused, " + unanswered.size() + " unanswered (connection lost or refused at the kill)");
        boolean postgresSurvived = postgresAccepts();
        long pendingAtKill = postgresSurvived ? query("select count(*) from jobs where org_id = '" + account.org + "'") : -1;
        log("embedded PostgreSQL after the kill: " + (postgresSurvived
                ? "still running (the restarted server attaches to it); jobs pending: " + pendingAtKill
                : "gone (the restarted server starts it again)"));

        // Second life: the worker is on; it must drain every job, each exactly once.
        Process second = startServer(true, "server-2.log");
        try {
            awaitDrained(account);
            // Let a duplicate reply, if any would come, arrive before counting.
            Thread.sleep(3000);
            return verify(account, acknowledged, pendingAtKill);
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private boolean verify(Account account, Set<String> acknowledged, long pendingAtKill) throws Exception {
        Map<String, Long> stored = new TreeMap<>();
        for (String line : lines("select provider_message_id, count(*) from messages where org_id = '" + account.org
                + "' and direction = 'inbound' group by provider_message_id")) {
            String[] cols = line.split("\\|");
            stored.put(cols[0], Long.parseLong(cols[1]));
        }
        Map<String, Integer> replies = fake.repliesPerInbound();
        long handled = query("select count(*) from messages where org_id = '" + account.org
                + "' and direction = 'inbound' and status = 'handled'");
        long sentOutbound = query("select count(*) from messages where org_id = '" + account.org
                + "' and direction = 'outbound' and status = 'sent'");
        long jobsLeft = query("select count(*) from jobs where org_id = '" + account.org + "'");

        List<String> problems = new ArrayList<>();
        int lost = 0;
        int storedTwice = 0;
        int unreplied = 0;
        int repliedTwice = 0;
        int resentInFlight = 0;
        for (String id : acknowledged) {
            long copies = stored.getOrDefault(id, 0L);
            if (copies == 0) {
                lost++;
                problems.add("acknowledged but not stored: " + id);
            } else if (copies > 1) {
                storedTwice++;
                problems.add("stored " + copies + " times: " + id);
            }
            int answered = replies.getOrDefault(id, 0);
            if (answered == 0) {
                unreplied++;
                problems.add("acknowledged but never answered: " + id);
            } else if (answered > 1) {
                if (firstReplyUnrecorded(account, id)) {
                    resentInFlight++;
                } else {
                    repliedTwice++;
                    problems.add("answered " + answered + " times: " + id);
                }
            }
        }
        // Webhooks whose answer the kill cut off may have been stored all the same; they too must be answered once.
        int extraStored = 0;
        for (Map.Entry<String, Long> e : stored.entrySet()) {
            if (!acknowledged.contains(e.getKey())) {
                extraStored++;
                int answered = replies.getOrDefault(e.getKey(), 0);
                boolean resent = answered > 1 && firstReplyUnrecorded(account, e.getKey());
                if (resent) {
                    resentInFlight++;
                }
                if (e.getValue() != 1 || (answered != 1 && !resent)) {
                    problems.add("stored without acknowledgement " + e.getValue() + " times, answered " + answered
                            + " times: " + e.getKey());
                }
            }
        }
        if (resentInFlight > UNRECORDED_AT_MOST) {
            problems.add(resentInFlight + " replies resent, more than the " + UNRECORDED_AT_MOST + " that can be in flight");
        }
        if (jobsLeft != 0) {
            problems.add(jobsLeft + " jobs left in the queue");
        }
        log("acknowledged " + acknowledged.size() + "; stored " + stored.size() + " distinct inbound messages ("
                + extraStored + " of them stored though their answer was cut off by the kill); handled " + handled
                + "; replies at the Cloud API fake " + fake.total() + " for " + replies.size()
                + " inbound messages; outbound stored as sent " + sentOutbound + "; jobs pending at the kill "
                + pendingAtKill + ", left now " + jobsLeft);
        log("acknowledged and lost " + lost + ", stored twice " + storedTwice + ", never answered " + unreplied
                + ", answered more than once " + repliedTwice + "; resent because the kill fell between the provider"
                + " accepting the reply and the server recording it: " + resentInFlight);
        if (problems.isEmpty() && !acknowledged.isEmpty()) {
            System.out.println("PASS: " + acknowledged.size() + " acknowledged webhooks survived SIGKILL: each stored once"
                    + " and answered once after the restart" + (resentInFlight == 0 ? "" : ", but for " + resentInFlight
                    + " replies the provider had accepted while the server was killed (sent again, as at-least-once)"));
            return true;
        }
        problems.stream().limit(20).forEach(p -> System.out.println("  " + p));
        System.out.println("FAIL: " + problems.size() + " problems (acknowledged " + acknowledged.size() + ")");
        return false;
    }

    /**
     * Whether the provider's id for the first reply to {@code inbound} never reached the database: the JVM died between
     * the send call and recording its outcome. The Cloud API takes no idempotency key, so that reply is sent again
     * after the restart; at most one claimed batch per worker thread can be in that window at the kill.
     */
    private boolean firstReplyUnrecorded(Account account, String inbound) throws Exception {
        String first = fake.replyIds(inbound).get(0);
        return query("select count(*) from messages where org_id = '" + account.org + "' and direction = 'outbound'"
                + " and provider_message_id = '" + first + "'") == 0;
    }

    private void awaitDrained(Account account) throws Exception {
        // A job claimed by the killed JVM is claimed again once its lease (60 s) runs out.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        long left = -1;
        while (System.nanoTime() < deadline) {
            left = query("select count(*) from jobs where org_id = '" + account.org + "'");
            if (left == 0) {
                log("queue drained");
                return;
            }
            Thread.sleep(500);
        }
        log("queue not drained after 240 s: " + left + " jobs left");
    }

    private Process startServer(boolean worker, String logName) throws Exception {
        Files.createDirectories(dataDir);
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve(logName).toFile());
        Map<String, String> env = builder.environment();
        env.put("PORT", String.valueOf(httpPort));
        env.put("CHATNATION_DATA_DIR", dataDir.toString());
        env.put("EMBEDDED_DATABASE_PORT", String.valueOf(dbPort));
        env.put("WHATSAPP_CLOUD_BASE_URL", "http://localhost:" + fake.port());
        env.put("MESSAGING_WORKER_ENABLED", String.valueOf(worker));
        env.put("ACCESS_LOG_LEVEL", "WARN");
        env.put("PUBLIC_URL", "http://localhost:" + httpPort);
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + "; see "
                        + dataDir.resolve(logName));
            }
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/health")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    log("server up (pid " + process.pid() + ", worker " + (worker ? "on" : "off") + ")");
                    return process;
                }
            } catch (ConnectException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not become healthy; see " + dataDir.resolve(logName));
    }

    private Account connect() throws Exception {
        String email = "sigkill-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> registered = postJson("/api/v1/auth/register", null, "{\"organizationName\":\"Crash Check\","
                + "\"name\":\"Owner\",\"email\":\"" + email + "\",\"password\":\"correct-horse-battery\"}");
        expect(registered, 201);
        String token = field(registered.body(), "accessToken");
        String org = field(registered.body(), "organizationId");
        String phoneNumberId = "1065403529" + (10000 + (int) (Math.random() * 89999));
        HttpResponse<String> channel = postJson("/api/v1/channels", token, "{\"provider\":\"whatsapp_cloud\","
                + "\"phoneNumberId\":\"" + phoneNumberId + "\",\"wabaId\":\"102290129340398\","
                + "\"displayNumber\":\"+254700000001\",\"accessToken\":\"EAAGsigkill\",\"appSecret\":\"" + APP_SECRET
                + "\",\"verifyToken\":\"verify-sigkill\"}");
        expect(channel, 201);
        String webhookPath = URI.create(field(channel.body(), "webhookUrl")).getPath();
        log("organisation " + org + ", channel webhook " + webhookPath);
        return new Account(org, phoneNumberId, webhookPath);
    }

    private HttpResponse<String> postWebhook(Account account, String messageId, String from, String text)
            throws IOException, InterruptedException {
        long now = System.currentTimeMillis() / 1000;
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{"
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"254700000001\","
                + "\"phone_number_id\":\"" + account.phoneNumberId + "\"},\"contacts\":[{\"profile\":{\"name\":\"User "
                + from + "\"},\"wa_id\":\"" + from + "\"}],\"messages\":[{\"from\":\"" + from + "\",\"id\":\"" + messageId
                + "\",\"timestamp\":\"" + now + "\",\"type\":\"text\",\"text\":{\"body\":\"" + text + "\"}}]},"
                + "\"field\":\"messages\"}]}]}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(uri(account.webhookPath)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", "sha256=" + hmac(bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL to the embedded PostgreSQL too, as when the whole machine's processes die; it recovers from its WAL. */
    private void killPostgres() {
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> backends = postmaster.children().toList();
        postmaster.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        postmaster.onExit().join();
        log("SIGKILL sent to the embedded PostgreSQL (postmaster pid " + pid + " and " + backends.size() + " children)");
    }

    private boolean postgresAccepts() {
        try {
            query("select 1");
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private long query(String sql) throws Exception {
        return Long.parseLong(lines(sql).get(0).trim());
    }

    private List<String> lines(String sql) throws Exception {
        Process psql = new ProcessBuilder("psql", "-h", "localhost", "-p", String.valueOf(dbPort), "-U", "postgres",
                "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-Atc", sql).redirectErrorStream(true).start();
        String out = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (psql.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + out.strip());
        }
        return out.isBlank() ? List.of() : List.of(out.strip().split("\n"));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }

    private static void expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static String hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void log(String line) {
        System.out.println("[" + java.time.LocalTime.now().withNano(0) + "] " + line);
    }

    private record Account(String org, String phoneNumberId, String webhookPath) {}

    /** The Cloud API's send endpoint: accepts every message and counts the replies per inbound message. */
    private static final class FakeCloud {

        private final HttpServer server;
        private final Map<String, List<String>> replies = new ConcurrentHashMap<>();
        private volatile int delayMillis;
        private final AtomicInteger total = new AtomicInteger();
        private final AtomicInteger ids = new AtomicInteger();

        FakeCloud() throws IOException {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", this::handle);
            server.setExecutor(Executors.newFixedThreadPool(8));
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        int total() {
            return total.get();
        }

        Map<String, Integer> repliesPerInbound() {
            Map<String, Integer> counts = new HashMap<>();
            replies.forEach((id, sent) -> counts.put(id, sent.size()));
            return counts;
        }

        List<String> replyIds(String inbound) {
            return List.copyOf(replies.getOrDefault(inbound, List.of()));
        }

        void delay(int millis) {
            delayMillis = millis;
        }

        void stop() {
            server.stop(0);
        }

        private void handle(HttpExchange exchange) throws IOException {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String answer;
            if (body.contains("\"status\":\"read\"")) {
                answer = "{\"success\":true}";
            } else {
                total.incrementAndGet();
                Matcher context = CONTEXT_ID.matcher(body);
                String inbound = context.find() ? context.group(1) : "(no context)";
                String id = "wamid.reply-" + ids.incrementAndGet();
                // Accepted (and so delivered) the moment it arrives, like the real provider; the answer comes later.
                replies.computeIfAbsent(inbound, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(id);
                if (delayMillis > 0) {
                    try {
                        Thread.sleep(delayMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                Matcher to = Pattern.compile("\"to\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
                String user = to.find() ? to.group(1) : "";
                answer = "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + user + "\",\"wa_id\":\""
                        + user + "\"}],\"messages\":[{\"id\":\"" + id + "\"}]}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }
}

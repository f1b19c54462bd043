package io.chatnation.adapter.whatsapp.cloud.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.chatnation.domain.messaging.ChannelSecret;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A WhatsApp Cloud API that runs in the test JVM, speaking the documented wire format: {@code POST
 * /{version}/{phone-number-id}/messages} with a bearer token, Graph error bodies, the media endpoints, and signed status
 * webhooks sent back to the platform asynchronously, as Meta does. It enforces what the platform must cope with:
 *
 * <ul>
 *   <li>a token per phone number (anything else: 401, code 190);</li>
 *   <li>a throughput limit per phone number (code 130429), counted over the last second;</li>
 *   <li>a pair rate limit per (number, user) as a token bucket: a short burst, then one message per interval (131056);</li>
 *   <li>the 24-hour customer-service window: a free-form message to a user whose last message to that number is older
 *       than the window, or who never wrote, is refused (131047) — templates always pass.</li>
 * </ul>
 *
 * Time comes from the given {@link Clock}, so tests move across the window or a rate limit without waiting. Every
 * accepted message and read receipt is recorded for assertions. Failures can be scripted ({@link #failNextSend}), the
 * API slowed ({@link #respondAfter}) and users made unreachable ({@link #makeUndeliverable}).
 */
public final class FakeCloudApi implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> MESSAGE_TYPES = Set.of("text", "template", "interactive", "image", "audio", "video",
            "document", "sticker", "location", "contacts", "reaction");

    private final Clock clock;
    private final int throughputPerSecond;
    private final int pairBurst;
    private final Duration pairInterval;
    private final Duration serviceWindow;
    private final Duration statusDelay;
    private final boolean readReceipts;
    static {
        // The JDK's HTTP server writes a response's head and body apart; without TCP_NODELAY, Nagle's algorithm and
        // the client's delayed ACK hold each response back about 40 ms. Read once, when its classes first load.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService webhookSender;
    private final HttpClient webhookClient;

    private final Map<String, Number> numbers = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastInbound = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> recentSends = new HashMap<>();
    private final Map<String, PairBucket> pairBuckets = new HashMap<>();
    private final Map<String, Media> media = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> mediaFileRequests = new ConcurrentHashMap<>();
    private final Set<String> undeliverable = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<ScriptedFailure> scriptedFailures = new ConcurrentLinkedQueue<>();
    // A queue, not a copy-on-write list: a benchmark records over a hundred thousand sends.
    private final Queue<SentMessage> sent = new ConcurrentLinkedQueue<>();
    private final List<String> readMarks = new CopyOnWriteArrayList<>();
    private final List<WebhookAttempt> webhookAttempts = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile Duration responseDelay = Duration.ZERO;
    private volatile boolean announceMediaSizes = true;
    private volatile StatusWebhook statusWebhook;

    private FakeCloudApi(Builder builder) throws IOException {
        this.clock = builder.clock;
        this.throughputPerSecond = builder.throughputPerSecond;
        this.pairBurst = builder.pairBurst;
        this.pairInterval = builder.pairInterval;
        this.serviceWindow = builder.serviceWindow;
        this.statusDelay = builder.statusDelay;
        this.readReceipts = builder.readReceipts;
        this.statusWebhook = builder.statusWebhook;
        this.handlers = Executors.newFixedThreadPool(builder.threads, daemon("fake-cloud-api"));
        this.webhookSender = Executors.newScheduledThreadPool(2, daemon("fake-cloud-api-webhooks"));
        this.webhookClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The base to configure the channel with, in place of {@code https://graph.facebook.com}. */
    public URI baseUri() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    /** Registers a phone number of a business account, reachable with {@code accessToken}. */
    public FakeCloudApi addNumber(String phoneNumberId, String displayPhoneNumber, String wabaId, String accessToken) {
        numbers.put(phoneNumberId, new Number(phoneNumberId, displayPhoneNumber, wabaId, accessToken));
        return this;
    }

    /**
     * The app's webhook callback, as configured at Meta: status reports and {@link #userSendsText inbound messages}
     * are POSTed there, signed with the app secret. Until it is set, no status webhooks are sent.
     */
    public FakeCloudApi deliverWebhooksTo(URI callback, ChannelSecret appSecret) {
        this.statusWebhook = new StatusWebhook(callback, appSecret);
        return this;
    }

    /** Records that {@code user} wrote to the number at {@code at}: it opens the 24-hour window from then. */
    public FakeCloudApi userWrote(String phoneNumberId, String user, Instant at) {
        lastInbound.put(pair(phoneNumberId, user), at);
        return this;
    }

    /**
     * A user writes a text to the number: the signed inbound webhook is POSTed to the webhook callback, and the
     * service window opens. Answers the HTTP status the platform gave.
     */
    public int userSendsText(String phoneNumberId, String fromDigits, String profileName, String body) {
        Number number = number(phoneNumberId).orElseThrow(() -> new IllegalArgumentException("unknown number " + phoneNumberId));
        StatusWebhook target = requireWebhook();
        Instant now = clock.instant();
        String id = nextMessageId();
        WebhookPayloads.SignedWebhook hook = WebhookPayloads.builder()
                .entry(number.wabaId())
                .change(number.id(), number.displayNumber())
                .contact(fromDigits, profileName)
                .message(WebhookPayloads.textMessage(id, fromDigits, now.getEpochSecond(), body))
                .signedWith(target.appSecret());
        userWrote(phoneNumberId, fromDigits, now);
        return post(target.url(), hook).statusCode();
    }

    /** How many times the file of {@code mediaId} was asked for (authorised or not). */
    public int mediaFileRequests(String mediaId) {
        java.util.concurrent.atomic.AtomicInteger count = mediaFileRequests.get(mediaId);
        return count == null ? 0 : count.get();
    }

    /**
     * Makes media of {@code size} zero bytes downloadable by id without holding it in memory: a file as large as
     * WhatsApp's largest, or larger, for limit tests.
     */
    public FakeCloudApi addMediaOfSize(String mediaId, long size, String mimeType) {
        media.put(mediaId, new Media(null, size, mimeType));
        return this;
    }

    /** Makes the media downloadable by id, as if a user had sent it. */
    public FakeCloudApi addMedia(String mediaId, byte[] content, String mimeType) {
        media.put(mediaId, new Media(content.clone(), content.length, mimeType));
        return this;
    }

    /**
     * Whether media metadata states {@code file_size} and files are served with a {@code Content-Length}; off, files
     * are streamed chunked, so a client learns the size only by reading.
     */
    public FakeCloudApi announceMediaSizes(boolean announce) {
        this.announceMediaSizes = announce;
        return this;
    }

    /** The next send (of any number) is refused with this Graph error instead of being checked. */
    public FakeCloudApi failNextSend(int httpStatus, int code, String message) {
        scriptedFailures.add(new ScriptedFailure(httpStatus, Optional.of(code), message));
        return this;
    }

    /** The next send is answered with this HTTP status and a body that is not a Graph error (a proxy's error page). */
    public FakeCloudApi failNextSendWithoutCode(int httpStatus) {
        scriptedFailures.add(new ScriptedFailure(httpStatus, Optional.empty(), "<html>Bad gateway</html>"));
        return this;
    }

    /** Every answer waits this long first, to let clients time out. */
    public FakeCloudApi respondAfter(Duration delay) {
        this.responseDelay = delay;
        return this;
    }

    /** Messages to this user are accepted, then reported {@code failed} with 131026, as for a number not on WhatsApp. */
    public FakeCloudApi makeUndeliverable(String user) {
        undeliverable.add(user);
        return this;
    }

    /** Every message accepted so far, in order. */
    public List<SentMessage> sent() {
        return List.copyOf(sent);
    }

    /** The ids of the inbound messages marked as read. */
    public List<String> readMarks() {
        return List.copyOf(readMarks);
    }

    /** Every status webhook POST made so far, with the platform's answer. */
    public List<WebhookAttempt> webhookAttempts() {
        return List.copyOf(webhookAttempts);
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        webhookSender.shutdownNow();
    }

    // ---- what the tests read back

    /** One accepted message: the number it went from, the user, its type and the request body as sent. */
    public record SentMessage(String phoneNumberId, String to, String type, JsonNode body, String messageId, Instant at) {

        public String textBody() {
            return body.path("text").path("body").asText();
        }
    }

    public record WebhookAttempt(String status, String messageId, int httpStatus) {
    }

    // ---- HTTP

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Duration delay = responseDelay;
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            String[] path = exchange.getRequestURI().getPath().substring(1).split("/");
            String method = exchange.getRequestMethod();
            if (method.equals("POST") && path.length == 3 && path[2].equals("messages")) {
                handleSend(exchange, path[1]);
            } else if (method.equals("GET") && path.length == 2 && path[0].equals("media-files")) {
                handleMediaFile(exchange, path[1]);
            } else if (method.equals("GET") && path.length == 2 && path[0].startsWith("v")) {
                handleMediaInfo(exchange, path[1]);
            } else {
                graphError(exchange, 400, 100, "Unsupported " + method.toLowerCase() + " request.");
            }
        }
    }

    private void handleSend(HttpExchange exchange, String phoneNumberId) throws IOException {
        Optional<Number> number = number(phoneNumberId);
        if (number.isEmpty()) {
            graphError(exchange, 400, 100, "Unsupported post request. Object with ID '" + phoneNumberId
                    + "' does not exist, cannot be loaded due to missing permissions, or does not support this operation.");
            return;
        }
        if (!bearerOf(exchange).equals(Optional.of(number.get().accessToken()))) {
            graphError(exchange, 401, 190, "Invalid OAuth access token - Cannot parse access token");
            return;
        }
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            body = JSON.readTree(in.readAllBytes());
        } catch (IOException e) {
            graphError(exchange, 400, 100, "Invalid parameter: the body is not JSON");
            return;
        }
        if (body == null || !"whatsapp".equals(body.path("messaging_product").asText())) {
            graphError(exchange, 400, 100, "(#100) The parameter messaging_product is required.");
            return;
        }
        if ("read".equals(body.path("status").asText()) && body.hasNonNull("message_id")) {
            readMarks.add(body.path("message_id").asText());
            respond(exchange, 200, JSON.createObjectNode().put("success", true));
            return;
        }
        ScriptedFailure scripted = scriptedFailures.poll();
        if (scripted != null) {
            if (scripted.code().isPresent()) {
                graphError(exchange, scripted.httpStatus(), scripted.code().get(), scripted.message());
            } else {
                respondRaw(exchange, scripted.httpStatus(), "text/html", scripted.message().getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        String user = body.path("to").asText(body.path("recipient").asText(""));
        String type = body.path("type").asText("text");
        if (user.isEmpty()) {
            graphError(exchange, 400, 100, "(#100) The parameter to is required.");
            return;
        }
        if (!MESSAGE_TYPES.contains(type) || !body.path(type).isObject()) {
            graphError(exchange, 400, 131009, "(#131009) Parameter value is not valid");
            return;
        }
        Instant now = clock.instant();
        if (!type.equals("template") && !insideServiceWindow(phoneNumberId, user, now)) {
            graphError(exchange, 400, 131047, "(#131047) Re-engagement message",
                    "Message failed to send because more than 24 hours have passed since the customer last replied to this number.");
            return;
        }
        Optional<Integer> limited = admit(phoneNumberId, user, now);
        if (limited.isPresent()) {
            if (limited.get() == 130429) {
                graphError(exchange, 400, 130429, "(#130429) Rate limit hit",
                        "Cloud API message throughput has been reached.");
            } else {
                graphError(exchange, 400, 131056, "(#131056) (Business Account, Consumer Account) pair rate limit hit",
                        "Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.");
            }
            return;
        }
        String id = nextMessageId();
        sent.add(new SentMessage(phoneNumberId, user, type, body, id, now));
        ObjectNode answer = JSON.createObjectNode();
        answer.put("messaging_product", "whatsapp");
        ObjectNode contact = answer.putArray("contacts").addObject();
        contact.put("input", user);
        contact.put("wa_id", user);
        answer.putArray("messages").addObject().put("id", id);
        respond(exchange, 200, answer);
        reportStatuses(number.get(), user, id, body.path("biz_opaque_callback_data").asText(null));
    }

    private void handleMediaInfo(HttpExchange exchange, String mediaId) throws IOException {
        if (!knownToken(bearerOf(exchange))) {
            graphError(exchange, 401, 190, "Invalid OAuth access token - Cannot parse access token");
            return;
        }
        Media found = media.get(mediaId);
        if (found == null) {
            graphError(exchange, 400, 100, "Unsupported get request. Object with ID '" + mediaId + "' does not exist.");
            return;
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.put("messaging_product", "whatsapp");
        answer.put("url", baseUri() + "/media-files/" + mediaId);
        answer.put("mime_type", found.mimeType());
        answer.put("sha256", found.sha256());
        if (announceMediaSizes) {
            answer.put("file_size", found.size());
        }
        answer.put("id", mediaId);
        respond(exchange, 200, answer);
    }

    private void handleMediaFile(HttpExchange exchange, String mediaId) throws IOException {
        mediaFileRequests.computeIfAbsent(mediaId, id -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        if (!knownToken(bearerOf(exchange))) {
            respondRaw(exchange, 401, "text/plain", "unauthorised".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Media found = media.get(mediaId);
        if (found == null) {
            respondRaw(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", found.mimeType());
        exchange.sendResponseHeaders(200, announceMediaSizes ? found.size() : 0);
        try (OutputStream out = exchange.getResponseBody()) {
            if (found.content() != null) {
                out.write(found.content());
                return;
            }
            byte[] zeros = new byte[64 * 1024];
            for (long left = found.size(); left > 0; left -= zeros.length) {
                out.write(zeros, 0, (int) Math.min(left, zeros.length));
            }
        } catch (IOException e) {
            // The client stopped reading at its limit, as it should: nothing to report.
        }
    }

    // ---- the rules

    /** Empty when the send may go; otherwise the code of the limit it hits. Counts only sends that go. */
    private synchronized Optional<Integer> admit(String phoneNumberId, String user, Instant now) {
        Deque<Instant> window = recentSends.computeIfAbsent(phoneNumberId, k -> new ArrayDeque<>());
        Instant oneSecondAgo = now.minusSeconds(1);
        while (!window.isEmpty() && !window.peekFirst().isAfter(oneSecondAgo)) {
            window.pollFirst();
        }
        if (window.size() >= throughputPerSecond) {
            return Optional.of(130429);
        }
        PairBucket bucket = pairBuckets.computeIfAbsent(pair(phoneNumberId, user), k -> new PairBucket(pairBurst, now));
        if (!bucket.take(now, pairBurst, pairInterval)) {
            return Optional.of(131056);
        }
        window.addLast(now);
        return Optional.empty();
    }

    private boolean insideServiceWindow(String phoneNumberId, String user, Instant now) {
        Instant last = lastInbound.get(pair(phoneNumberId, user));
        return last != null && now.isBefore(last.plus(serviceWindow));
    }

    // ---- status webhooks

    private void reportStatuses(Number number, String user, String messageId, String callbackData) {
        StatusWebhook target = statusWebhook;
        if (target == null) {
            return;
        }
        List<String> steps = new ArrayList<>();
        if (undeliverable.contains(user)) {
            steps.add("failed");
        } else {
            steps.add("sent");
            steps.add("delivered");
            if (readReceipts) {
                steps.add("read");
            }
        }
        // One POST per status, in order, as Meta sends them; each after the delay, so the platform sees them arrive later.
        webhookSender.schedule(() -> {
            for (String step : steps) {
                long at = clock.instant().getEpochSecond();
                String status = step.equals("failed")
                        ? WebhookPayloads.failedStatus(messageId, user, at, 131026, "Message undeliverable",
                                "Message Undeliverable.")
                        : WebhookPayloads.status(messageId, step, user, at, callbackData);
                WebhookPayloads.SignedWebhook hook = WebhookPayloads.builder()
                        .entry(number.wabaId())
                        .change(number.id(), number.displayNumber())
                        .status(status)
                        .signedWith(target.appSecret());
                int code;
                try {
                    code = post(target.url(), hook).statusCode();
                } catch (RuntimeException e) {
                    code = -1;
                }
                webhookAttempts.add(new WebhookAttempt(step, messageId, code));
            }
        }, statusDelay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private HttpResponse<Void> post(URI url, WebhookPayloads.SignedWebhook hook) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(hook.body()));
        hook.headers().forEach(request::header);
        try {
            return webhookClient.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException("webhook POST to " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private StatusWebhook requireWebhook() {
        StatusWebhook target = statusWebhook;
        if (target == null) {
            throw new IllegalStateException("call deliverWebhooksTo(url, appSecret) first");
        }
        return target;
    }

    // ---- helpers

    private Optional<Number> number(String phoneNumberId) {
        return Optional.ofNullable(numbers.get(phoneNumberId));
    }

    private boolean knownToken(Optional<String> token) {
        return token.isPresent() && numbers.values().stream().anyMatch(n -> n.accessToken().equals(token.get()));
    }

    private static Optional<String> bearerOf(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return Optional.empty();
        }
        return Optional.of(header.substring("Bearer ".length()));
    }

    private String nextMessageId() {
        return "wamid.FAKE" + String.format("%012d", ids.incrementAndGet());
    }

    private static String pair(String phoneNumberId, String user) {
        return phoneNumberId + "|" + user;
    }

    private static void graphError(HttpExchange exchange, int status, int code, String message) throws IOException {
        graphError(exchange, status, code, message, null);
    }

    private static void graphError(HttpExchange exchange, int status, int code, String message, String details)
            throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", "OAuthException");
        error.put("code", code);
        if (details != null) {
            ObjectNode data = error.putObject("error_data");
            data.put("messaging_product", "whatsapp");
            data.put("details", details);
        }
        error.put("fbtrace_id", "AFakeTrace" + code);
        respond(exchange, status, root);
    }

    private static void respond(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        respondRaw(exchange, status, "application/json", JSON.writeValueAsBytes(body));
    }

    private static void respondRaw(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicLong count = new AtomicLong();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Number(String id, String displayNumber, String wabaId, String accessToken) {
    }

    private record StatusWebhook(URI url, ChannelSecret appSecret) {
    }

    private record ScriptedFailure(int httpStatus, Optional<Integer> code, String message) {
    }

    /** {@code content} is null for generated media: {@code size} zero bytes. */
    private record Media(byte[] content, long size, String mimeType) {
        String sha256() {
            try {
                java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
                if (content != null) {
                    digest.update(content);
                } else {
                    byte[] zeros = new byte[64 * 1024];
                    for (long left = size; left > 0; left -= zeros.length) {
                        digest.update(zeros, 0, (int) Math.min(left, zeros.length));
                    }
                }
                return java.util.HexFormat.of().formatHex(digest.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Holds up to {@code burst} sends and regains one every {@code interval}. */
    private static final class PairBucket {
        private double tokens;
        private Instant refilledAt;

        PairBucket(int burst, Instant now) {
            this.tokens = burst;
            this.refilledAt = now;
        }

        boolean take(Instant now, int burst, Duration interval) {
            if (now.isAfter(refilledAt)) {
                double regained = (double) Duration.between(refilledAt, now).toNanos() / interval.toNanos();
                tokens = Math.min(burst, tokens + regained);
                refilledAt = now;
            }
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }

    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private int throughputPerSecond = 80;
        private int pairBurst = 10;
        private Duration pairInterval = Duration.ofSeconds(6);
        private Duration serviceWindow = Duration.ofHours(24);
        private Duration statusDelay = Duration.ofMillis(20);
        private boolean readReceipts = true;
        private StatusWebhook statusWebhook;
        private int threads = 16;

        private Builder() {}

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Messages per second per phone number; Meta's default is 80, raised automatically up to 1,000. */
        public Builder throughputPerSecond(int limit) {
            this.throughputPerSecond = limit;
            return this;
        }

        /** The burst a user can receive at once, then one message per {@code interval} (about 6 s at Meta). */
        public Builder pairLimit(int burst, Duration interval) {
            this.pairBurst = burst;
            this.pairInterval = interval;
            return this;
        }

        public Builder serviceWindow(Duration window) {
            this.serviceWindow = window;
            return this;
        }

        /** How long after acceptance the status webhooks start. */
        public Builder statusDelay(Duration delay) {
            this.statusDelay = delay;
            return this;
        }

        /** Whether users "read" messages (a {@code read} status after {@code delivered}); off as for disabled receipts. */
        public Builder readReceipts(boolean enabled) {
            this.readReceipts = enabled;
            return this;
        }

        public Builder deliverWebhooksTo(URI callback, ChannelSecret appSecret) {
            this.statusWebhook = new StatusWebhook(callback, appSecret);
            return this;
        }

        /** Threads answering requests; raise it for benchmarks. */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public FakeCloudApi start() {
            try {
                return new FakeCloudApi(this);
            } catch (IOException e) {
                throw new IllegalStateException("could not start the fake Cloud API", e);
            }
        }
    }
}

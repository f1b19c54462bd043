package io.chatnation.adapter.whatsapp.twilio.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.chatnation.domain.messaging.ChannelSecret;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Twilio's Messages REST API and media as a local HTTP server speaking the documented wire format: basic auth with
 * account SID and auth token (20003 otherwise), form-encoded sends answered {@code 201 {"sid":"SM…","status":"queued"}},
 * Twilio error bodies {@code {"code","message","more_info","status"}} on demand, media behind a redirect, and signed
 * status callbacks posted to the platform's webhook.
 */
public final class FakeTwilio implements AutoCloseable {

    static {
        // The JDK's HTTP server writes a response's head and body apart; without TCP_NODELAY, Nagle's algorithm and
        // the client's delayed ACK hold each response back about 40 ms. Read once, when its classes first load.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MESSAGES = Pattern.compile("^/2010-04-01/Accounts/(AC[0-9a-fA-F]{32})/Messages\\.json$");
    private static final Pattern MEDIA = Pattern.compile("^/2010-04-01/Accounts/(AC[0-9a-fA-F]{32})/Messages/[^/]+/Media/([^/]+)$");

    private final HttpServer server;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, byte[]> media = new ConcurrentHashMap<>();
    private final Map<String, String> mediaTypes = new ConcurrentHashMap<>();
    private final List<SentMessage> sent = new CopyOnWriteArrayList<>();
    private final Deque<Failure> failures = new ArrayDeque<>();
    private final AtomicLong sequence = new AtomicLong();
    private final HttpClient client = HttpClient.newHttpClient();

    private FakeTwilio() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeTwilio start() {
        try {
            return new FakeTwilio();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI baseUri() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    public FakeTwilio addAccount(String accountSid, String authToken) {
        tokens.put(accountSid, authToken);
        return this;
    }

    /** Media an inbound message announces; answers its MediaUrl (under the account, behind a redirect). */
    public String addMedia(String accountSid, String mediaSid, byte[] content, String mimeType) {
        media.put(mediaSid, content);
        mediaTypes.put(mediaSid, mimeType);
        return baseUri() + "/2010-04-01/Accounts/" + accountSid + "/Messages/MM" + mediaSid + "/Media/" + mediaSid;
    }

    /** The next send is refused with this Twilio error (code 0: no code in the body, as some proxies answer). */
    public synchronized FakeTwilio failNextSend(int httpStatus, int code, String message) {
        failures.add(new Failure(httpStatus, code, message));
        return this;
    }

    public List<SentMessage> sent() {
        return List.copyOf(sent);
    }

    /** Posts a status callback for a message we accepted, signed with its account's token, to {@code webhookUrl}. */
    public int sendStatusCallback(String webhookUrl, SentMessage message, String status, String errorCode) {
        Map<String, String> form = SignedForm.status(message.sid(), message.accountSid(),
                message.from().replace("whatsapp:", ""), message.to().replace("whatsapp:", ""), status, errorCode);
        SignedForm signed = SignedForm.of(webhookUrl, new ChannelSecret(tokens.get(message.accountSid())), form);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhookUrl))
                .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body()));
        signed.headers().forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A message the fake accepted: its account, addresses and every form parameter, and the SID it answered. */
    public record SentMessage(String accountSid, String from, String to, Map<String, String> form, String sid) {
        public Optional<String> body() {
            return Optional.ofNullable(form.get("Body"));
        }
    }

    private record Failure(int httpStatus, int code, String message) {
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/media-store/")) {
                String id = path.substring("/media-store/".length());
                byte[] content = media.get(id);
                if (content == null) {
                    error(exchange, 404, 20404, "The requested resource was not found");
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", mediaTypes.get(id));
                send(exchange, 200, content);
                return;
            }
            Matcher messages = MESSAGES.matcher(path);
            Matcher mediaPath = MEDIA.matcher(path);
            String account = messages.matches() ? messages.group(1) : mediaPath.matches() ? mediaPath.group(1) : null;
            if (account == null) {
                error(exchange, 404, 20404, "The requested resource was not found");
                return;
            }
            if (!authenticated(exchange, account)) {
                error(exchange, 401, 20003, "Authenticate");
                return;
            }
            if (mediaPath.matches()) {
                // Twilio answers a media URL with a redirect to short-lived storage.
                exchange.getResponseHeaders().add("Location", "/media-store/" + mediaPath.group(2));
                send(exchange, 307, new byte[0]);
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                error(exchange, 405, 20004, "Method not allowed");
                return;
            }
            acceptMessage(exchange, account);
        }
    }

    private void acceptMessage(HttpExchange exchange, String account) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Failure failure;
        synchronized (this) {
            failure = failures.poll();
        }
        if (failure != null) {
            if (failure.code() == 0) {
                send(exchange, failure.httpStatus(), "upstream error".getBytes(StandardCharsets.UTF_8));
            } else {
                error(exchange, failure.httpStatus(), failure.code(), failure.message());
            }
            return;
        }
        String to = form.getOrDefault("To", "");
        String from = form.getOrDefault("From", "");
        if (!to.startsWith("whatsapp:+") || !from.startsWith("whatsapp:+")) {
            error(exchange, 400, 21211, "The 'To' number " + to + " is not a valid phone number.");
            return;
        }
        if (!form.containsKey("Body") && !form.containsKey("MediaUrl") && !form.containsKey("ContentSid")) {
            error(exchange, 400, 21619, "A text message body, media URL or content SID is required");
            return;
        }
        String sid = String.format("SM%032x", sequence.incrementAndGet());
        sent.add(new SentMessage(account, from, to, form, sid));
        ObjectNode body = JSON.createObjectNode().put("sid", sid).put("account_sid", account).put("from", from)
                .put("to", to).put("status", "queued").put("body", form.getOrDefault("Body", ""));
        send(exchange, 201, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private boolean authenticated(HttpExchange exchange, String account) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String token = tokens.get(account);
        if (header == null || !header.startsWith("Basic ") || token == null) {
            return false;
        }
        String expected = Base64.getEncoder().encodeToString((account + ":" + token).getBytes(StandardCharsets.UTF_8));
        return header.substring("Basic ".length()).equals(expected);
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void error(HttpExchange exchange, int status, int code, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("code", code).put("message", message)
                .put("more_info", "https://www.twilio.com/docs/errors/" + code).put("status", status);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        send(exchange, status, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}

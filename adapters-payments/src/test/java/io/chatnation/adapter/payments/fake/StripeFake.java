package io.chatnation.adapter.payments.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe as far as Checkout goes: {@code POST /v1/checkout/sessions} (form-encoded, bearer secret key, honouring
 * {@code Idempotency-Key}), {@code GET /v1/checkout/sessions/{id}}, Stripe's error shape, and webhook events
 * signed as Stripe signs them ({@code Stripe-Signature: t=…,v1=…}), delivered when a test says the payer acted.
 */
public final class StripeFake extends FakeServer {

    /** A Checkout Session as the fake holds it. */
    public record Session(String id, String url, long amountTotal, String currency, String clientReferenceId,
                          Map<String, String> form, String status, String paymentStatus) {
        Session with(String newStatus, String newPaymentStatus) {
            return new Session(id, url, amountTotal, currency, clientReferenceId, form, newStatus, newPaymentStatus);
        }

        public String metadata(String key) {
            return form.get("metadata[" + key + "]");
        }
    }

    private final String secretKey;
    private final String webhookSecret;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, String> idempotency = new ConcurrentHashMap<>();
    private volatile URI webhookEndpoint;
    private volatile Session last;

    private StripeFake(String secretKey, String webhookSecret) {
        this.secretKey = secretKey;
        this.webhookSecret = webhookSecret;
    }

    public static StripeFake start(String secretKey, String webhookSecret) {
        return new StripeFake(secretKey, webhookSecret);
    }

    // --- what tests arrange and inspect ---

    public void deliverWebhooksTo(URI endpoint) {
        this.webhookEndpoint = endpoint;
    }

    public Session session(String id) {
        return Optional.ofNullable(sessions.get(id)).orElseThrow(() -> new IllegalArgumentException("No session " + id));
    }

    public Session lastSession() {
        return Optional.ofNullable(last).orElseThrow(() -> new IllegalStateException("No session was created"));
    }

    public int sessionsCreated() {
        return sessions.size();
    }

    /** The payer paid on the checkout page: the session completes and is paid. Returns the event Stripe would send. */
    public String complete(String sessionId) {
        return transition(sessionId, "complete", "paid", "checkout.session.completed");
    }

    /** The session expired unpaid. Returns the event Stripe would send. */
    public String expire(String sessionId) {
        return transition(sessionId, "expired", "unpaid", "checkout.session.expired");
    }

    /** An event of {@code type} about the session as it is now, with a fresh event id. */
    public String event(String type, String sessionId) {
        return event("evt_" + random(24), type, sessionObject(session(sessionId)));
    }

    /** An event with the given id and session object, for tests that alter what Stripe would say. */
    public static String event(String eventId, String type, ObjectNode session) {
        ObjectNode event = JSON.createObjectNode();
        event.put("id", eventId);
        event.put("object", "event");
        event.put("api_version", "2024-06-20");
        event.put("created", Instant.now().getEpochSecond());
        event.put("livemode", false);
        event.put("type", type);
        event.putObject("data").set("object", session);
        return event.toString();
    }

    /** The session as Stripe's API and events show it. */
    public ObjectNode sessionObject(String sessionId) {
        return sessionObject(session(sessionId));
    }

    /** Delivers a payload signed now with the endpoint's secret. */
    public Delivery deliver(String payload) {
        return deliver(payload, signatureHeader(payload, Instant.now().getEpochSecond(), webhookSecret));
    }

    /** Delivers a payload with whatever signature header the test supplies (null for none). */
    public Delivery deliver(String payload, String signatureHeader) {
        if (webhookEndpoint == null) {
            throw new IllegalStateException("deliverWebhooksTo(...) first");
        }
        return post(webhookEndpoint, signatureHeader == null ? Map.of() : Map.of("Stripe-Signature", signatureHeader), payload);
    }

    /** {@code t=<timestamp>,v1=<hex HMAC-SHA256(secret, "<t>.<payload>")>}, as Stripe signs deliveries. */
    public static String signatureHeader(String payload, long timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the Stripe endpoints ---

    @Override
    void handle(HttpExchange exchange, String body) throws IOException {
        if (!("Bearer " + secretKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            reply(exchange, 401, error("invalid_request_error", null, "Invalid API Key provided"));
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (exchange.getRequestMethod().equals("POST") && path.equals("/v1/checkout/sessions")) {
            create(exchange, body);
        } else if (exchange.getRequestMethod().equals("GET") && path.startsWith("/v1/checkout/sessions/")) {
            String id = path.substring("/v1/checkout/sessions/".length());
            Session session = sessions.get(id);
            if (session == null) {
                reply(exchange, 404, error("invalid_request_error", "resource_missing", "No such checkout.session: '" + id + "'"));
            } else {
                reply(exchange, 200, sessionObject(session));
            }
        } else {
            reply(exchange, 404, error("invalid_request_error", null, "Unrecognized request URL (" + path + ")"));
        }
    }

    private void create(HttpExchange exchange, String body) throws IOException {
        if (!String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).startsWith("application/x-www-form-urlencoded")) {
            reply(exchange, 400, error("invalid_request_error", null, "Invalid request: expected form encoding"));
            return;
        }
        Map<String, String> form = form(body);
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key != null && idempotency.containsKey(key)) {
            Session earlier = sessions.get(idempotency.get(key));
            if (!earlier.form().equals(form)) {
                reply(exchange, 400, error("idempotency_error", null,
                        "Keys for idempotent requests can only be used with the same parameters they were first used with."));
            } else {
                reply(exchange, 200, sessionObject(earlier));
            }
            return;
        }
        for (String required : List.of("mode", "success_url", "line_items[0][price_data][currency]",
                "line_items[0][price_data][unit_amount]", "line_items[0][quantity]")) {
            if (!form.containsKey(required)) {
                reply(exchange, 400, error("invalid_request_error", "parameter_missing", "Missing required param: " + required + "."));
                return;
            }
        }
        long unitAmount;
        long quantity;
        try {
            unitAmount = Long.parseLong(form.get("line_items[0][price_data][unit_amount]"));
            quantity = Long.parseLong(form.get("line_items[0][quantity]"));
        } catch (NumberFormatException e) {
            reply(exchange, 400, error("invalid_request_error", "parameter_invalid_integer", "Invalid integer"));
            return;
        }
        if (form.containsKey("expires_at")) {
            long lifetime = Long.parseLong(form.get("expires_at")) - Instant.now().getEpochSecond();
            if (lifetime < 30 * 60 - 60 || lifetime > 24 * 3600 + 60) {
                reply(exchange, 400, error("invalid_request_error", null,
                        "The `expires_at` timestamp must be between 30 minutes and 24 hours from creation."));
                return;
            }
        }
        String id = "cs_test_" + random(40);
        Session session = new Session(id, "https://checkout.stripe.com/c/pay/" + id, unitAmount * quantity,
                form.get("line_items[0][price_data][currency]"), form.get("client_reference_id"), form, "open", "unpaid");
        sessions.put(id, session);
        last = session;
        if (key != null) {
            idempotency.put(key, id);
        }
        reply(exchange, 200, sessionObject(session));
    }

    private String transition(String sessionId, String status, String paymentStatus, String eventType) {
        Session updated = session(sessionId).with(status, paymentStatus);
        sessions.put(sessionId, updated);
        return event("evt_" + random(24), eventType, sessionObject(updated));
    }

    private static ObjectNode sessionObject(Session s) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", s.id());
        node.put("object", "checkout.session");
        node.put("mode", "payment");
        node.put("url", s.status().equals("open") ? s.url() : null);
        node.put("amount_total", s.amountTotal());
        node.put("currency", s.currency());
        node.put("client_reference_id", s.clientReferenceId());
        node.put("status", s.status());
        node.put("payment_status", s.paymentStatus());
        node.put("payment_intent", s.paymentStatus().equals("paid") ? "pi_" + s.id().substring(8, 32) : null);
        node.put("success_url", s.form().get("success_url"));
        node.put("cancel_url", s.form().get("cancel_url"));
        Optional.ofNullable(s.form().get("expires_at")).ifPresent(e -> node.put("expires_at", Long.parseLong(e)));
        ObjectNode metadata = node.putObject("metadata");
        s.form().forEach((k, v) -> {
            if (k.startsWith("metadata[") && k.endsWith("]")) {
                metadata.put(k.substring(9, k.length() - 1), v);
            }
        });
        return node;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            form.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    private static Map<String, Object> error(String type, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", type);
        if (code != null) {
            error.put("code", code);
        }
        error.put("message", message);
        return Map.of("error", error);
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            out.append(UUID.randomUUID().toString().replace("-", ""));
        }
        return out.substring(0, length);
    }
}

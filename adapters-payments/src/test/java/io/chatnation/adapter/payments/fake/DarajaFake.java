package io.chatnation.adapter.payments.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Safaricom Daraja as far as Lipa na M-Pesa Online goes, speaking its wire format: the OAuth client-credentials
 * endpoint, STK Push (validating every field as Daraja does, the password included), the STK status query, and
 * the callback that Daraja posts to the request's CallBackURL — which tests trigger, as often as they like.
 *
 * <p>Callbacks go to the CallBackURL's path on the address set with {@link #routeCallbacksTo}, the way a tunnel
 * would carry them to a server that is not on the public https address it announced.
 */
public final class DarajaFake extends FakeServer {

    /** One accepted STK Push: the JSON as received, and the ids Daraja gave it. */
    public record StkRequest(JsonNode body, String merchantRequestId, String checkoutRequestId) {
        public URI callbackUrl() {
            return URI.create(body.path("CallBackURL").asText());
        }

        public long amount() {
            return body.path("Amount").asLong();
        }

        public String phone() {
            return body.path("PhoneNumber").asText();
        }
    }

    static final Map<Integer, String> RESULTS = Map.of(
            0, "The service request is processed successfully.",
            1, "The balance is insufficient for the transaction.",
            1001, "Unable to lock subscriber, a transaction is already in process for the current subscriber",
            1019, "Transaction has expired",
            1032, "Request cancelled by user",
            1037, "DS timeout user cannot be reached",
            2001, "The initiator information is invalid.");

    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Pattern MSISDN = Pattern.compile("^254[17]\\d{8}$");
    private static final Set<String> TRANSACTION_TYPES = Set.of("CustomerPayBillOnline", "CustomerBuyGoodsOnline");

    private final String consumerKey;
    private final String consumerSecret;
    private final String shortcode;
    private final String passkey;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final Map<String, StkRequest> requests = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Integer> results = new ConcurrentHashMap<>();
    private final AtomicInteger queries = new AtomicInteger();
    private volatile Duration tokenLifetime = Duration.ofSeconds(3599);
    private volatile URI callbackRoute;
    private volatile Optional<String> refuseNextPush = Optional.empty();

    private DarajaFake(String consumerKey, String consumerSecret, String shortcode, String passkey) {
        this.consumerKey = consumerKey;
        this.consumerSecret = consumerSecret;
        this.shortcode = shortcode;
        this.passkey = passkey;
    }

    public static DarajaFake start(String consumerKey, String consumerSecret, String shortcode, String passkey) {
        return new DarajaFake(consumerKey, consumerSecret, shortcode, passkey);
    }

    // --- what tests arrange and inspect ---

    public void routeCallbacksTo(URI base) {
        this.callbackRoute = base;
    }

    public void tokenLifetime(Duration lifetime) {
        this.tokenLifetime = lifetime;
    }

    /** Every access token issued so far stops working, as when Daraja rotates them early. */
    public void revokeAllTokens() {
        tokens.clear();
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    public int statusQueries() {
        return queries.get();
    }

    /** The next STK Push is refused with this errorMessage (as Daraja does for, say, a number it cannot prompt). */
    public void refuseNextPush(String errorMessage) {
        this.refuseNextPush = Optional.of(errorMessage);
    }

    public List<StkRequest> stkRequests() {
        synchronized (requests) {
            return new ArrayList<>(requests.values());
        }
    }

    public StkRequest lastStkRequest() {
        List<StkRequest> all = stkRequests();
        if (all.isEmpty()) {
            throw new IllegalStateException("No STK Push was received");
        }
        return all.get(all.size() - 1);
    }

    /** The payer answered: status queries report {@code resultCode} from now on. No callback is sent. */
    public void settle(String checkoutRequestId, int resultCode) {
        request(checkoutRequestId);
        results.put(checkoutRequestId, resultCode);
    }

    /** The payer answered and Daraja calls back with the amount that was asked for. */
    public Delivery deliverCallback(String checkoutRequestId, int resultCode) {
        return deliverCallback(checkoutRequestId, resultCode, request(checkoutRequestId).amount());
    }

    /** As {@link #deliverCallback(String, int)}, reporting {@code amount} shillings paid. */
    public Delivery deliverCallback(String checkoutRequestId, int resultCode, long amount) {
        settle(checkoutRequestId, resultCode);
        StkRequest request = request(checkoutRequestId);
        return post(routed(request.callbackUrl()), Map.of(), callbackBody(request.merchantRequestId(), checkoutRequestId,
                resultCode, amount, request.phone()));
    }

    /** Posts any body to any callback path on the routed address, as a forger would. */
    public Delivery postCallback(String path, String body) {
        return post(callbackRoute.resolve(path), Map.of(), body);
    }

    /** The body of an STK callback as Daraja sends it; on success with the metadata items, one of them valueless. */
    public static String callbackBody(String merchantRequestId, String checkoutRequestId, int resultCode, long amount,
                                      String phone) {
        ObjectNode callback = JSON.createObjectNode();
        callback.put("MerchantRequestID", merchantRequestId);
        callback.put("CheckoutRequestID", checkoutRequestId);
        callback.put("ResultCode", resultCode);
        callback.put("ResultDesc", RESULTS.getOrDefault(resultCode, "Unknown result"));
        if (resultCode == 0) {
            ArrayNode items = callback.putObject("CallbackMetadata").putArray("Item");
            items.addObject().put("Name", "Amount").put("Value", amount);
            items.addObject().put("Name", "MpesaReceiptNumber").put("Value", receiptFor(checkoutRequestId));
            items.addObject().put("Name", "Balance");
            items.addObject().put("Name", "TransactionDate").put("Value",
                    Long.parseLong(LocalDateTime.now(NAIROBI).format(TIMESTAMP)));
            items.addObject().put("Name", "PhoneNumber").put("Value", Long.parseLong(phone));
        }
        ObjectNode root = JSON.createObjectNode();
        root.putObject("Body").set("stkCallback", callback);
        return root.toString();
    }

    public static String receiptFor(String checkoutRequestId) {
        return "R" + Integer.toHexString(checkoutRequestId.hashCode()).toUpperCase(java.util.Locale.ROOT);
    }

    // --- the Daraja endpoints ---

    @Override
    void handle(HttpExchange exchange, String body) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (method.equals("GET") && path.equals("/oauth/v1/generate")) {
            oauth(exchange);
        } else if (method.equals("POST") && path.equals("/mpesa/stkpush/v1/processrequest")) {
            authorised(exchange, body, this::stkPush);
        } else if (method.equals("POST") && path.equals("/mpesa/stkpushquery/v1/query")) {
            authorised(exchange, body, this::stkQuery);
        } else {
            reply(exchange, 404, error("404.001.01", "Resource not found"));
        }
    }

    private void oauth(HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString((consumerKey + ":" + consumerSecret)
                .getBytes(StandardCharsets.UTF_8));
        if (!"grant_type=client_credentials".equals(exchange.getRequestURI().getQuery())) {
            reply(exchange, 400, error("400.008.02", "Invalid grant type passed"));
            return;
        }
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            reply(exchange, 400, error("400.008.01", "Invalid Authentication passed"));
            return;
        }
        String token = UUID.randomUUID().toString().replace("-", "").substring(0, 28);
        tokens.put(token, Instant.now().plus(tokenLifetime));
        tokensIssued.incrementAndGet();
        reply(exchange, 200, Map.of("access_token", token, "expires_in", Long.toString(tokenLifetime.toSeconds())));
    }

    private interface Endpoint {
        void serve(HttpExchange exchange, JsonNode body) throws IOException;
    }

    private void authorised(HttpExchange exchange, String raw, Endpoint endpoint) throws IOException {
        String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        Instant expiry = authorization.startsWith("Bearer ") ? tokens.get(authorization.substring(7)) : null;
        if (expiry == null || Instant.now().isAfter(expiry)) {
            reply(exchange, 401, error("404.001.03", "Invalid Access Token"));
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(raw);
        } catch (IOException e) {
            reply(exchange, 400, error("400.002.02", "Bad Request - Invalid JSON"));
            return;
        }
        Optional<String> wrong = credentialsProblem(body);
        if (wrong.isPresent()) {
            reply(exchange, 400, error("400.002.02", "Bad Request - Invalid " + wrong.get()));
            return;
        }
        endpoint.serve(exchange, body);
    }

    private Optional<String> credentialsProblem(JsonNode body) {
        if (!shortcode.equals(body.path("BusinessShortCode").asText())) {
            return Optional.of("BusinessShortCode");
        }
        String timestamp = body.path("Timestamp").asText();
        try {
            LocalDateTime.parse(timestamp, TIMESTAMP);
        } catch (DateTimeParseException e) {
            return Optional.of("Timestamp");
        }
        String password = Base64.getEncoder().encodeToString((shortcode + passkey + timestamp).getBytes(StandardCharsets.UTF_8));
        return password.equals(body.path("Password").asText()) ? Optional.empty() : Optional.of("Password");
    }

    private void stkPush(HttpExchange exchange, JsonNode body) throws IOException {
        Optional<String> wrong = stkProblem(body);
        if (wrong.isPresent()) {
            reply(exchange, 400, error("400.002.02", "Bad Request - Invalid " + wrong.get()));
            return;
        }
        Optional<String> refusal = refuseNextPush;
        if (refusal.isPresent()) {
            refuseNextPush = Optional.empty();
            reply(exchange, 400, error("400.002.02", refusal.get()));
            return;
        }
        String merchant = (10000 + requests.size()) + "-" + (int) (Math.random() * 1_000_000) + "-1";
        String checkout = "ws_CO_" + LocalDateTime.now(NAIROBI).format(TIMESTAMP)
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        requests.put(checkout, new StkRequest(body, merchant, checkout));
        reply(exchange, 200, Map.of("MerchantRequestID", merchant, "CheckoutRequestID", checkout, "ResponseCode", "0",
                "ResponseDescription", "Success. Request accepted for processing",
                "CustomerMessage", "Success. Request accepted for processing"));
    }

    private static Optional<String> stkProblem(JsonNode body) {
        if (!TRANSACTION_TYPES.contains(body.path("TransactionType").asText())) {
            return Optional.of("TransactionType");
        }
        JsonNode amount = body.path("Amount");
        if (!(amount.isIntegralNumber() || amount.asText().matches("\\d+")) || amount.asLong() < 1) {
            return Optional.of("Amount");
        }
        if (!MSISDN.matcher(body.path("PartyA").asText()).matches()) {
            return Optional.of("PartyA");
        }
        if (!body.path("PartyB").asText().matches("\\d{5,7}")) {
            return Optional.of("PartyB");
        }
        if (!MSISDN.matcher(body.path("PhoneNumber").asText()).matches()) {
            return Optional.of("PhoneNumber");
        }
        String callback = body.path("CallBackURL").asText();
        if (!callback.startsWith("https://") || URI.create(callback).getHost() == null) {
            return Optional.of("CallBackURL");
        }
        int reference = body.path("AccountReference").asText().length();
        if (reference < 1 || reference > 12) {
            return Optional.of("AccountReference");
        }
        int description = body.path("TransactionDesc").asText().length();
        if (description < 1 || description > 13) {
            return Optional.of("TransactionDesc");
        }
        return Optional.empty();
    }

    private void stkQuery(HttpExchange exchange, JsonNode body) throws IOException {
        queries.incrementAndGet();
        String checkout = body.path("CheckoutRequestID").asText();
        StkRequest request = requests.get(checkout);
        if (request == null) {
            reply(exchange, 400, error("400.002.02", "Bad Request - Invalid CheckoutRequestID"));
            return;
        }
        Integer result = results.get(checkout);
        if (result == null) {
            reply(exchange, 500, error("500.001.1001", "The transaction is being processed"));
            return;
        }
        reply(exchange, 200, Map.of("ResponseCode", "0",
                "ResponseDescription", "The service request has been accepted successsfully",
                "MerchantRequestID", request.merchantRequestId(), "CheckoutRequestID", checkout,
                "ResultCode", Integer.toString(result), "ResultDesc", RESULTS.getOrDefault(result, "Unknown result")));
    }

    private StkRequest request(String checkoutRequestId) {
        StkRequest request = requests.get(checkoutRequestId);
        if (request == null) {
            throw new IllegalArgumentException("No STK Push " + checkoutRequestId);
        }
        return request;
    }

    private URI routed(URI callbackUrl) {
        if (callbackRoute == null) {
            throw new IllegalStateException("routeCallbacksTo(...) first: the fake cannot reach " + callbackUrl.getHost());
        }
        return callbackRoute.resolve(callbackUrl.getRawPath());
    }

    private static Map<String, String> error(String code, String message) {
        return Map.of("requestId", UUID.randomUUID().toString().substring(0, 18), "errorCode", code, "errorMessage", message);
    }
}

package io.chatnation.adapter.payments.mpesa;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatnation.adapter.payments.shared.ProviderHttp;
import io.chatnation.domain.billing.purchase.CurrencyCode;
import io.chatnation.domain.billing.purchase.PayerPhone;
import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.ports.billing.out.PaymentGateway;
import io.chatnation.ports.billing.out.PaymentProviderFailed;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/** Lipa na M-Pesa Online: an STK Push prompts the payer's phone; a status query asks what became of it. */
public final class MpesaGateway implements PaymentGateway {

    static final String STK_PUSH = "/mpesa/stkpush/v1/processrequest";
    static final String STK_QUERY = "/mpesa/stkpushquery/v1/query";
    /** Daraja's answer to a status query while the payer has not answered yet. */
    static final String STILL_PROCESSING = "500.001.1001";
    private static final int TRANSACTION_DESC_MAX = 13;

    private final MpesaSettings settings;
    private final ProviderHttp http;
    private final DarajaAccessTokens tokens;
    private final Clock clock;

    public MpesaGateway(MpesaSettings settings, Clock clock) {
        this.settings = settings;
        this.http = new ProviderHttp(PaymentProvider.MPESA, settings.timeout());
        this.tokens = new DarajaAccessTokens(settings, http, clock);
        this.clock = clock;
    }

    @Override
    public PaymentProvider provider() {
        return PaymentProvider.MPESA;
    }

    @Override
    public Initiation initiate(PaymentRequest request) {
        if (request.amount().currency() != CurrencyCode.KES || !request.amount().isWhole()) {
            throw new PaymentProviderFailed(PaymentProvider.MPESA, "M-Pesa collects whole Kenyan shillings, not " + request.amount());
        }
        PayerPhone phone = request.payerPhone().orElseThrow(() ->
                new PaymentProviderFailed(PaymentProvider.MPESA, "M-Pesa needs the payer's phone number"));
        long msisdn = Long.parseLong(phone.msisdn());
        ProviderHttp.Reply reply = call(STK_PUSH, body -> {
            body.put("TransactionType", settings.transactionType());
            body.put("Amount", request.amount().major().longValueExact());
            body.put("PartyA", msisdn);
            body.put("PartyB", Long.parseLong(settings.partyB()));
            body.put("PhoneNumber", msisdn);
            body.put("CallBackURL", settings.callbackUrl(request.callbackToken()));
            body.put("AccountReference", settings.accountReference());
            body.put("TransactionDesc", transactionDescription(request));
        });
        String checkout = reply.text("CheckoutRequestID");
        if (!reply.ok() || !"0".equals(reply.text("ResponseCode")) || checkout.isBlank()) {
            throw refused("refused the payment request", reply);
        }
        return new Initiation(new ProviderReference(checkout), Optional.empty());
    }

    @Override
    public PaymentOutcome query(Purchase purchase) {
        ProviderReference checkout = purchase.providerReference().orElseThrow(() ->
                new IllegalArgumentException("only an initiated purchase can be queried"));
        ProviderHttp.Reply reply = call(STK_QUERY, body -> body.put("CheckoutRequestID", checkout.value()));
        if (STILL_PROCESSING.equals(reply.text("errorCode"))) {
            return new PaymentOutcome.StillPending(reply.text("errorMessage"));
        }
        String resultCode = reply.text("ResultCode");
        if (!reply.ok() || !"0".equals(reply.text("ResponseCode")) || !resultCode.matches("\\d{1,9}")) {
            throw refused("did not answer the status query", reply);
        }
        // The query's answer carries no amount or receipt: a success confirms the amount the push asked for.
        return MpesaResultCodes.outcome(Integer.parseInt(resultCode), reply.text("ResultDesc"), Optional.empty(),
                Optional.empty());
    }

    /** Every STK call carries the shortcode, password and timestamp; a rejected token is renewed once. */
    private ProviderHttp.Reply call(String path, Consumer<ObjectNode> fields) {
        DarajaPassword password = DarajaPassword.at(clock.instant(), settings.shortcode(), settings.passkey());
        ObjectNode body = ProviderHttp.JSON.createObjectNode();
        body.put("BusinessShortCode", Long.parseLong(settings.shortcode()));
        body.put("Password", password.password());
        body.put("Timestamp", password.timestamp());
        fields.accept(body);
        String token = tokens.current();
        ProviderHttp.Reply reply = post(path, body, token);
        if (reply.status() == 401) {
            tokens.discard(token);
            reply = post(path, body, tokens.current());
        }
        return reply;
    }

    private ProviderHttp.Reply post(String path, ObjectNode body, String token) {
        return http.send(HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(ProviderHttp.json(body)));
    }

    /** TransactionDesc holds at most 13 characters: "10000 tokens" fits. */
    private static String transactionDescription(PaymentRequest request) {
        String text = request.tokens().toString() + " tokens";
        return text.length() <= TRANSACTION_DESC_MAX ? text : "Tokens";
    }

    private static PaymentProviderFailed refused(String what, ProviderHttp.Reply reply) {
        String reason = !reply.text("errorMessage").isEmpty() ? reply.text("errorMessage")
                : !reply.text("ResponseDescription").isEmpty() ? reply.text("ResponseDescription") : "no reason given";
        return new PaymentProviderFailed(PaymentProvider.MPESA, "M-Pesa " + what + " (HTTP " + reply.status() + "): " + reason);
    }
}

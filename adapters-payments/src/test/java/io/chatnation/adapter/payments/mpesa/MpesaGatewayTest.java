package io.chatnation.adapter.payments.mpesa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.adapter.payments.fake.DarajaFake;
import io.chatnation.adapter.payments.shared.MutableClock;
import io.chatnation.domain.billing.purchase.BundleCode;
import io.chatnation.domain.billing.purchase.CurrencyCode;
import io.chatnation.domain.billing.purchase.Money;
import io.chatnation.domain.billing.purchase.PayerPhone;
import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.billing.purchase.PurchaseStatus;
import io.chatnation.domain.billing.purchase.TokenBundle;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.out.PaymentGateway;
import io.chatnation.ports.billing.out.PaymentProviderFailed;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The STK Push adapter against the Daraja fake, which validates every field as Daraja does. */
class MpesaGatewayTest {

    static final String KEY = "consumer-key";
    static final String SECRET = "consumer-secret";
    static DarajaFake daraja;

    final MutableClock clock = new MutableClock(Instant.parse("2021-06-28T06:24:08Z"));

    @BeforeAll
    static void startDaraja() {
        daraja = DarajaFake.start(KEY, SECRET, DarajaPasswordTest.SHORTCODE, DarajaPasswordTest.PASSKEY);
    }

    @AfterAll
    static void stopDaraja() {
        daraja.close();
    }

    MpesaGateway gateway(String secret) {
        return new MpesaGateway(new MpesaSettings(KEY, secret, DarajaPasswordTest.SHORTCODE, DarajaPasswordTest.PASSKEY,
                daraja.baseUrl(), URI.create("https://pay.example.com/"), MpesaSettingsTest.CALLBACK_PATH, null, null, null,
                Duration.ofSeconds(5)), clock);
    }

    static PaymentGateway.PaymentRequest request(long shillings, String token) {
        return new PaymentGateway.PaymentRequest(new OrgId(UUID.randomUUID()), new PurchaseId(UUID.randomUUID()),
                Money.of(CurrencyCode.KES, java.math.BigDecimal.valueOf(shillings)), TokenAmount.ofTokens(500),
                "500 ChatNation tokens", Optional.of(PayerPhone.parse("phone", "0712 345 678")), token);
    }

    @Test
    void an_stk_push_carries_every_field_daraja_checks_and_names_the_callback_path() {
        PaymentGateway.Initiation initiation = gateway(SECRET).initiate(request(2250, "secret-token"));

        DarajaFake.StkRequest sent = daraja.lastStkRequest();
        assertThat(initiation.reference().value()).isEqualTo(sent.checkoutRequestId()).startsWith("ws_CO_");
        assertThat(initiation.checkoutUrl()).isEmpty();
        assertThat(sent.body().get("Timestamp").asText()).isEqualTo("20210628092408");
        assertThat(sent.body().get("Password").asText()).isEqualTo(
                "MTc0Mzc5YmZiMjc5ZjlhYTliZGJjZjE1OGU5N2RkNzFhNDY3Y2QyZTBjODkzMDU5YjEwZjc4ZTZiNzJhZGExZWQyYzkxOTIwMjEwNjI4MDkyNDA4");
        assertThat(sent.body().get("TransactionType").asText()).isEqualTo("CustomerPayBillOnline");
        assertThat(sent.amount()).isEqualTo(2250);
        assertThat(sent.body().get("PartyA").asText()).isEqualTo("254712345678");
        assertThat(sent.phone()).isEqualTo("254712345678");
        assertThat(sent.body().get("PartyB").asText()).isEqualTo("174379");
        assertThat(sent.callbackUrl()).hasToString("https://pay.example.com/api/v1/payments/mpesa/callback/secret-token");
        assertThat(sent.body().get("AccountReference").asText()).isEqualTo("ChatNation");
        assertThat(sent.body().get("TransactionDesc").asText()).isEqualTo("500 tokens");
    }

    @Test
    void the_access_token_is_reused_and_renewed_a_minute_before_it_expires() {
        daraja.tokenLifetime(Duration.ofSeconds(300));
        try {
            MpesaGateway gateway = gateway(SECRET);
            int before = daraja.tokensIssued();
            gateway.initiate(request(500, "t1"));
            gateway.initiate(request(500, "t2"));
            clock.advance(Duration.ofSeconds(239));
            gateway.initiate(request(500, "t3"));
            assertThat(daraja.tokensIssued() - before).as("one token for three pushes within its life").isEqualTo(1);

            clock.advance(Duration.ofSeconds(2)); // 241 s: less than 60 s left of 300
            gateway.initiate(request(500, "t4"));
            assertThat(daraja.tokensIssued() - before).isEqualTo(2);
        } finally {
            daraja.tokenLifetime(Duration.ofSeconds(3599));
        }
    }

    @Test
    void a_token_daraja_stops_honouring_is_replaced_and_the_request_sent_again() {
        MpesaGateway gateway = gateway(SECRET);
        gateway.initiate(request(500, "a"));
        int before = daraja.tokensIssued();
        daraja.revokeAllTokens();

        assertThat(gateway.initiate(request(500, "b")).reference().value()).startsWith("ws_CO_");
        assertThat(daraja.tokensIssued()).isEqualTo(before + 1);
    }

    @Test
    void a_refused_push_or_wrong_credentials_fail_with_darajas_reason() {
        daraja.refuseNextPush("Bad Request - Invalid PhoneNumber");
        assertThatThrownBy(() -> gateway(SECRET).initiate(request(500, "x")))
                .isInstanceOf(PaymentProviderFailed.class).hasMessageContaining("Invalid PhoneNumber");
        assertThatThrownBy(() -> gateway("wrong-secret").initiate(request(500, "x")))
                .isInstanceOf(PaymentProviderFailed.class).hasMessageContaining("Invalid Authentication passed");
    }

    @Test
    void only_whole_shillings_are_pushed() {
        var dollars = new PaymentGateway.PaymentRequest(new OrgId(UUID.randomUUID()), new PurchaseId(UUID.randomUUID()),
                Money.ofMinor(CurrencyCode.USD, 400), TokenAmount.ofTokens(100), "100 tokens",
                Optional.of(PayerPhone.parse("phone", "0712345678")), "t");
        assertThatThrownBy(() -> gateway(SECRET).initiate(dollars)).isInstanceOf(PaymentProviderFailed.class);
    }

    @Test
    void the_status_query_reports_pending_paid_cancelled_and_timed_out() {
        MpesaGateway gateway = gateway(SECRET);
        Purchase purchase = initiated(gateway);
        String checkout = purchase.providerReference().orElseThrow().value();

        assertThat(gateway.query(purchase)).isInstanceOf(PaymentOutcome.StillPending.class);

        daraja.settle(checkout, 0);
        assertThat(gateway.query(purchase)).isEqualTo(new PaymentOutcome.Paid(Optional.empty(), Optional.empty()));

        daraja.settle(checkout, 1032);
        assertThat(gateway.query(purchase)).isInstanceOfSatisfying(PaymentOutcome.Unsuccessful.class, u -> {
            assertThat(u.status()).isEqualTo(PurchaseStatus.CANCELLED);
            assertThat(u.reason()).isEqualTo("cancelled_by_payer");
        });

        daraja.settle(checkout, 1037);
        assertThat(((PaymentOutcome.Unsuccessful) gateway.query(purchase)).status()).isEqualTo(PurchaseStatus.EXPIRED);
    }

    private Purchase initiated(MpesaGateway gateway) {
        PaymentGateway.PaymentRequest request = request(500, "q");
        ProviderReference reference = gateway.initiate(request).reference();
        TokenBundle bundle = new TokenBundle(new BundleCode("starter"), "Starter", TokenAmount.ofTokens(100),
                List.of(request.amount()));
        return Purchase.start(request.purchase(), bundle, request.amount(), PaymentProvider.MPESA, request.payerPhone(),
                        UUID.randomUUID(), clock.instant())
                .initiated(reference, Optional.empty(), clock.instant());
    }
}

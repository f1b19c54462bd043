package io.chatnation.adapter.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.adapter.payments.fake.StripeFake;
import io.chatnation.adapter.payments.shared.MutableClock;
import io.chatnation.domain.billing.purchase.BundleCode;
import io.chatnation.domain.billing.purchase.CurrencyCode;
import io.chatnation.domain.billing.purchase.Money;
import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.billing.purchase.PurchaseStatus;
import io.chatnation.domain.billing.purchase.TokenBundle;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.out.PaymentGateway;
import io.chatnation.ports.billing.out.PaymentProviderFailed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StripeGatewayTest {

    static StripeFake stripe;
    final MutableClock clock = new MutableClock(Instant.now());

    @BeforeAll
    static void startStripe() {
        stripe = StripeFake.start("sk_test_key", "whsec_test");
    }

    @AfterAll
    static void stopStripe() {
        stripe.close();
    }

    StripeGateway gateway(String key) {
        return new StripeGateway(new StripeSettings(key, stripe.baseUrl(), "https://app.example.com/billing?paid={CHECKOUT_SESSION_ID}",
                "https://app.example.com/billing", null, Duration.ofSeconds(5)), clock);
    }

    static PaymentGateway.PaymentRequest request(OrgId org, PurchaseId purchase) {
        return new PaymentGateway.PaymentRequest(org, purchase, Money.ofMinor(CurrencyCode.USD, 1750),
                TokenAmount.ofTokens(500), "500 ChatNation tokens", Optional.empty(), "unused");
    }

    @Test
    void a_checkout_session_asks_for_the_price_and_carries_the_purchase() {
        OrgId org = new OrgId(UUID.randomUUID());
        PurchaseId purchase = new PurchaseId(UUID.randomUUID());
        PaymentGateway.Initiation initiation = gateway("sk_test_key").initiate(request(org, purchase));

        StripeFake.Session session = stripe.lastSession();
        assertThat(initiation.reference().value()).isEqualTo(session.id()).startsWith("cs_test_");
        assertThat(initiation.checkoutUrl()).contains(session.url());
        assertThat(session.amountTotal()).isEqualTo(1750);
        assertThat(session.currency()).isEqualTo("usd");
        assertThat(session.clientReferenceId()).isEqualTo(purchase.toString());
        assertThat(session.metadata("purchase_id")).isEqualTo(purchase.toString());
        assertThat(session.metadata("org_id")).isEqualTo(org.toString());
        assertThat(session.form()).containsEntry("mode", "payment")
                .containsEntry("line_items[0][price_data][product_data][name]", "500 ChatNation tokens")
                .containsEntry("success_url", "https://app.example.com/billing?paid={CHECKOUT_SESSION_ID}")
                .containsEntry("expires_at", Long.toString(clock.instant().plus(Duration.ofHours(1)).getEpochSecond()));
    }

    @Test
    void the_same_purchase_never_opens_a_second_session() {
        PaymentGateway.PaymentRequest request = request(new OrgId(UUID.randomUUID()), new PurchaseId(UUID.randomUUID()));
        String first = gateway("sk_test_key").initiate(request).reference().value();
        int sessions = stripe.sessionsCreated();
        assertThat(gateway("sk_test_key").initiate(request).reference().value()).isEqualTo(first);
        assertThat(stripe.sessionsCreated()).isEqualTo(sessions);
    }

    @Test
    void a_wrong_key_fails_with_stripes_message() {
        assertThatThrownBy(() -> gateway("sk_wrong").initiate(request(new OrgId(UUID.randomUUID()), new PurchaseId(UUID.randomUUID()))))
                .isInstanceOf(PaymentProviderFailed.class).hasMessageContaining("Invalid API Key");
    }

    @Test
    void the_session_tells_whether_the_purchase_is_open_paid_or_expired() {
        StripeGateway gateway = gateway("sk_test_key");
        Purchase paid = initiated(gateway);
        assertThat(gateway.query(paid)).isInstanceOf(PaymentOutcome.StillPending.class);
        stripe.complete(paid.providerReference().orElseThrow().value());
        assertThat(gateway.query(paid)).isInstanceOfSatisfying(PaymentOutcome.Paid.class,
                p -> assertThat(p.amount()).contains(Money.ofMinor(CurrencyCode.USD, 1750)));

        Purchase abandoned = initiated(gateway);
        stripe.expire(abandoned.providerReference().orElseThrow().value());
        assertThat(((PaymentOutcome.Unsuccessful) gateway.query(abandoned)).status()).isEqualTo(PurchaseStatus.EXPIRED);
    }

    private Purchase initiated(StripeGateway gateway) {
        PaymentGateway.PaymentRequest request = request(new OrgId(UUID.randomUUID()), new PurchaseId(UUID.randomUUID()));
        PaymentGateway.Initiation initiation = gateway.initiate(request);
        TokenBundle bundle = new TokenBundle(new BundleCode("growth"), "Growth", TokenAmount.ofTokens(500), List.of(request.amount()));
        return Purchase.start(request.purchase(), bundle, request.amount(), PaymentProvider.STRIPE, Optional.empty(),
                UUID.randomUUID(), clock.instant()).initiated(initiation.reference(), initiation.checkoutUrl(), clock.instant());
    }
}

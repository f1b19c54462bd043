package io.chatnation.app.server.billing;

import static io.chatnation.app.server.billing.PurchaseSteps.auditActions;
import static io.chatnation.app.server.billing.PurchaseSteps.bought;
import static io.chatnation.app.server.billing.PurchaseSteps.purchase;
import static io.chatnation.app.server.billing.PurchaseSteps.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatnation.adapter.payments.fake.StripeFake;
import io.chatnation.app.server.Api;
import io.chatnation.domain.shared.TokenAmount;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Stripe Checkout end to end: the session, and webhooks verified over their raw bytes. */
class StripePurchaseTest {

    final StripeFake stripe = PaymentFakes.stripe();

    record Started(Api.Session owner, String id, String session) {}

    Started buyStarter(String organisation) {
        Api.Session owner = Api.registerOrganisation(organisation);
        JsonNode purchase = bought(owner, Map.of("bundle", "starter", "provider", "stripe"));
        return new Started(owner, purchase.get("id").asText(), purchase.get("providerReference").asText());
    }

    @Test
    void a_checkout_paid_and_announced_by_several_signed_events_credits_once() {
        Started s = buyStarter("Stripe Paid Org");
        JsonNode pending = purchase(s.owner(), s.id());
        StripeFake.Session session = stripe.session(s.session());
        assertThat(pending.get("amount").asText()).isEqualTo("4.00");
        assertThat(pending.get("currency").asText()).isEqualTo("USD");
        assertThat(pending.get("checkoutUrl").asText()).isEqualTo(session.url());
        assertThat(session.amountTotal()).isEqualTo(400);
        assertThat(session.clientReferenceId()).isEqualTo(s.id());

        String completed = stripe.complete(s.session());
        assertThat(stripe.deliver(completed).status()).isEqualTo(200);
        assertThat(stripe.deliver(completed).status()).as("the same event again").isEqualTo(200);
        assertThat(stripe.deliver(stripe.event("checkout.session.completed", s.session())).status())
                .as("another event about the same session").isEqualTo(200);

        JsonNode paid = purchase(s.owner(), s.id());
        assertThat(paid.get("status").asText()).isEqualTo("PAID");
        assertThat(paid.get("receipt").asText()).startsWith("pi_");
        assertThat(PurchaseCredits.creditedTo(s.owner().orgId())).isEqualTo(TokenAmount.ofTokens(100));
        assertThat(PurchaseCredits.creditsFor(s.id())).isEqualTo(1);
        assertThat(auditActions(s.owner(), s.id())).containsExactly("purchase.started", "purchase.initiated", "purchase.paid");
    }

    @Test
    void a_webhook_without_a_valid_fresh_signature_is_refused_and_credits_nothing() {
        Started s = buyStarter("Stripe Forgery Org");
        String completed = stripe.complete(s.session());
        long now = Instant.now().getEpochSecond();

        assertRefused(stripe.deliver(completed, StripeFake.signatureHeader(completed, now, "whsec_guessed")));
        assertRefused(stripe.deliver(completed, null));
        assertRefused(stripe.deliver(completed, "t=" + now + ",v1=" + "ab".repeat(32)));
        assertRefused(stripe.deliver(completed, StripeFake.signatureHeader(completed, now - 301, PaymentFakes.STRIPE_WEBHOOK_SECRET)));
        String tampered = completed.replace("\"amount_total\":400", "\"amount_total\":4");
        assertRefused(stripe.deliver(tampered, StripeFake.signatureHeader(completed, now, PaymentFakes.STRIPE_WEBHOOK_SECRET)));

        assertThat(status(s.owner(), s.id())).isEqualTo("PENDING");
        assertThat(PurchaseCredits.creditsFor(s.id())).isZero();

        assertThat(stripe.deliver(completed).status()).as("the genuine delivery").isEqualTo(200);
        assertThat(status(s.owner(), s.id())).isEqualTo("PAID");
    }

    @Test
    void a_signed_event_reporting_another_amount_is_rejected_once_and_audited() {
        Started s = buyStarter("Stripe Amount Org");
        ObjectNode session = stripe.sessionObject(s.session());
        session.put("status", "complete").put("payment_status", "paid").put("amount_total", 1);
        String event = StripeFake.event("evt_" + UUID.randomUUID().toString().replace("-", ""), "checkout.session.completed", session);

        StripeFake.Delivery first = stripe.deliver(event);
        assertThat(first.status()).isEqualTo(422);
        assertThat(first.body()).contains("paymentMatchesThePrice");
        assertThat(stripe.deliver(event).status()).as("Stripe's retry of the same event").isEqualTo(200);

        assertThat(status(s.owner(), s.id())).isEqualTo("PENDING");
        assertThat(PurchaseCredits.creditsFor(s.id())).isZero();
        assertThat(auditActions(s.owner(), s.id())).containsOnlyOnce("purchase.payment_rejected");
    }

    @Test
    void an_expired_session_expires_the_purchase_and_events_about_unknown_sessions_are_acknowledged() {
        Started s = buyStarter("Stripe Expired Org");
        assertThat(stripe.deliver(stripe.expire(s.session())).status()).isEqualTo(200);
        JsonNode expired = purchase(s.owner(), s.id());
        assertThat(expired.get("status").asText()).isEqualTo("EXPIRED");
        assertThat(expired.get("failureReason").asText()).isEqualTo("session_expired");

        ObjectNode foreign = stripe.sessionObject(s.session()).put("id", "cs_test_not_ours");
        StripeFake.Delivery notOurs = stripe.deliver(StripeFake.event("evt_foreign_" + UUID.randomUUID(), "checkout.session.completed", foreign));
        assertThat(notOurs.status()).isEqualTo(200);
        assertThat(notOurs.body()).contains("\"handled\":false");
        assertThat(PurchaseCredits.creditedTo(s.owner().orgId())).isEqualTo(TokenAmount.ZERO);
    }

    private static void assertRefused(StripeFake.Delivery delivery) {
        assertThat(delivery.status()).as(delivery.body()).isEqualTo(400);
        assertThat(delivery.body()).contains("Stripe-Signature");
    }
}

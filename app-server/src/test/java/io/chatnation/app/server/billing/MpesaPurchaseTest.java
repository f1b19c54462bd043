package io.chatnation.app.server.billing;

import static io.chatnation.app.server.billing.PurchaseSteps.auditActions;
import static io.chatnation.app.server.billing.PurchaseSteps.bought;
import static io.chatnation.app.server.billing.PurchaseSteps.purchase;
import static io.chatnation.app.server.billing.PurchaseSteps.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.adapter.payments.fake.DarajaFake;
import io.chatnation.adapter.payments.mpesa.DarajaPassword;
import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.ResolvePendingPurchases;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** M-Pesa STK Push end to end, through the server, against the Daraja fake. */
class MpesaPurchaseTest {

    final DarajaFake daraja = PaymentFakes.daraja();

    record Started(Api.Session owner, String id, DarajaFake.StkRequest push) {}

    Started buyGrowth(String organisation) {
        Api.Session owner = Api.registerOrganisation(organisation);
        JsonNode purchase = bought(owner, Map.of("bundle", "growth", "provider", "mpesa", "phone", "+254 712 345 678"));
        String checkout = purchase.get("providerReference").asText();
        DarajaFake.StkRequest push = daraja.stkRequests().stream().filter(r -> r.checkoutRequestId().equals(checkout))
                .findFirst().orElseThrow();
        return new Started(owner, purchase.get("id").asText(), push);
    }

    @Test
    void an_stk_push_paid_and_called_back_twice_credits_the_tokens_once() {
        Started s = buyGrowth("M-Pesa Paid Org");
        JsonNode pending = purchase(s.owner(), s.id());
        assertThat(pending.get("status").asText()).isEqualTo("PENDING");
        assertThat(pending.get("amount").asText()).isEqualTo("2250.00");
        assertThat(pending.get("currency").asText()).isEqualTo("KES");
        assertThat(pending.get("payerPhone").asText()).isEqualTo("254712***678");
        assertThat(s.push().amount()).isEqualTo(2250);
        assertThat(s.push().phone()).isEqualTo("254712345678");
        assertThat(s.push().callbackUrl().toString()).matches(
                "https://callbacks\\.chatnation\\.test/api/v1/payments/mpesa/callback/[A-Za-z0-9_-]{43}");
        assertThat(PurchaseCredits.creditedTo(s.owner().orgId())).as("no tokens before the payment").isEqualTo(TokenAmount.ZERO);

        DarajaFake.Delivery first = daraja.deliverCallback(s.push().checkoutRequestId(), 0);
        DarajaFake.Delivery again = daraja.deliverCallback(s.push().checkoutRequestId(), 0);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("\"ResultCode\":0");
        assertThat(again.status()).isEqualTo(200);
        JsonNode paid = purchase(s.owner(), s.id());
        assertThat(paid.get("status").asText()).isEqualTo("PAID");
        assertThat(paid.get("receipt").asText()).isEqualTo(DarajaFake.receiptFor(s.push().checkoutRequestId()));
        assertThat(PurchaseCredits.creditedTo(s.owner().orgId())).isEqualTo(TokenAmount.ofTokens(500));
        assertThat(PurchaseCredits.creditsFor(s.id())).isEqualTo(1);
        assertThat(auditActions(s.owner(), s.id())).containsExactly("purchase.started", "purchase.initiated", "purchase.paid");
        JsonNode paidEntry = PurchaseSteps.audit(s.owner(), s.id()).get(2);
        assertThat(paidEntry.get("actorType").asText()).isEqualTo("system");
        assertThat(paidEntry.at("/metadata/via").asText()).isEqualTo("callback");
    }

    @Test
    void a_payer_who_cancels_gets_a_cancelled_purchase_and_no_tokens_even_if_a_success_follows() {
        Started s = buyGrowth("M-Pesa Cancelled Org");
        assertThat(daraja.deliverCallback(s.push().checkoutRequestId(), 1032).status()).isEqualTo(200);

        JsonNode cancelled = purchase(s.owner(), s.id());
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("failureReason").asText()).isEqualTo("cancelled_by_payer");
        assertThat(cancelled.get("failureDetail").asText()).isEqualTo("Request cancelled by user");

        DarajaFake.Delivery lateSuccess = daraja.deliverCallback(s.push().checkoutRequestId(), 0);
        assertThat(lateSuccess.status()).isEqualTo(422);
        assertThat(status(s.owner(), s.id())).isEqualTo("CANCELLED");
        assertThat(PurchaseCredits.creditsFor(s.id())).isZero();
        assertThat(auditActions(s.owner(), s.id())).containsExactly("purchase.started", "purchase.initiated",
                "purchase.cancelled", "purchase.payment_rejected");
    }

    @Test
    void when_no_callback_comes_the_status_query_settles_the_purchase() {
        Started s = buyGrowth("M-Pesa Silent Org");
        ResolvePendingPurchases resolve = TestPlatform.context().getBean(ResolvePendingPurchases.class);
        ResolvePendingPurchases.Command now = new ResolvePendingPurchases.Command(Duration.ZERO, Duration.ZERO,
                Duration.ofHours(2), 1000);

        resolve.resolve(now);
        assertThat(status(s.owner(), s.id())).as("Daraja: still being processed").isEqualTo("PENDING");

        daraja.settle(s.push().checkoutRequestId(), 0); // the payer paid; the callback was lost
        int queriesBefore = daraja.statusQueries();
        resolve.resolve(now);

        assertThat(daraja.statusQueries()).isGreaterThan(queriesBefore);
        assertThat(status(s.owner(), s.id())).isEqualTo("PAID");
        assertThat(PurchaseCredits.creditedTo(s.owner().orgId())).isEqualTo(TokenAmount.ofTokens(500));
        JsonNode paidEntry = PurchaseSteps.audit(s.owner(), s.id()).stream()
                .filter(e -> e.get("action").asText().equals("purchase.paid")).findFirst().orElseThrow();
        assertThat(paidEntry.at("/metadata/via").asText()).isEqualTo("status_query");

        assertThat(daraja.deliverCallback(s.push().checkoutRequestId(), 0).status()).as("the late callback").isEqualTo(200);
        assertThat(PurchaseCredits.creditsFor(s.id())).isEqualTo(1);
    }

    @Test
    void forged_callbacks_are_rejected_credit_nothing_and_are_audited() {
        Started s = buyGrowth("M-Pesa Forgery Org");
        String checkout = s.push().checkoutRequestId();
        String path = s.push().callbackUrl().getRawPath();
        String success = DarajaFake.callbackBody("1-2-3", checkout, 0, 2250, "254712345678");

        DarajaFake.Delivery guessedPath = daraja.postCallback("/api/v1/payments/mpesa/callback/" + "A".repeat(43), success);
        assertThat(guessedPath.status()).isEqualTo(404);
        assertThat(guessedPath.body()).contains("problems/not-found");
        assertThat(daraja.postCallback("/api/v1/payments/mpesa/callback/short", success).status()).isEqualTo(404);

        DarajaFake.Delivery otherAttempt = daraja.postCallback(path,
                DarajaFake.callbackBody("1-2-3", "ws_CO_forged", 0, 2250, "254712345678"));
        assertThat(otherAttempt.status()).isEqualTo(422);
        assertThat(otherAttempt.body()).contains("noticeNamesThePaymentAttempt");

        DarajaFake.Delivery oneShilling = daraja.deliverCallback(checkout, 0, 1);
        assertThat(oneShilling.status()).isEqualTo(422);
        assertThat(oneShilling.body()).contains("paymentMatchesThePrice").contains("KES 1.00");

        assertThat(daraja.postCallback(path, "{\"Body\":{}}").status()).as("not a callback").isEqualTo(400);

        assertThat(status(s.owner(), s.id())).isEqualTo("PENDING");
        assertThat(PurchaseCredits.creditsFor(s.id())).isZero();
        List<JsonNode> rejections = PurchaseSteps.audit(s.owner(), s.id()).stream()
                .filter(e -> e.get("action").asText().equals("purchase.payment_rejected")).toList();
        assertThat(rejections).extracting(e -> e.at("/metadata/rule").asText())
                .containsExactly("noticeNamesThePaymentAttempt", "paymentMatchesThePrice");
        assertThat(rejections.get(1).at("/metadata/claimedAmount").asText()).isEqualTo("KES 1.00");

        assertThat(daraja.deliverCallback(checkout, 0).status()).as("the genuine callback still works").isEqualTo(200);
        assertThat(PurchaseCredits.creditedTo(s.owner().orgId())).isEqualTo(TokenAmount.ofTokens(500));
    }

    @Test
    void every_push_carries_the_password_daraja_publishes_for_its_shortcode_passkey_and_timestamp() {
        assertThat(DarajaPassword.of(PaymentFakes.SHORTCODE, PaymentFakes.PASSKEY, "20210628092408")).isEqualTo(
                "MTc0Mzc5YmZiMjc5ZjlhYTliZGJjZjE1OGU5N2RkNzFhNDY3Y2QyZTBjODkzMDU5YjEwZjc4ZTZiNzJhZGExZWQyYzkxOTIwMjEwNjI4MDkyNDA4");
        DarajaFake.StkRequest push = buyGrowth("M-Pesa Password Org").push();
        String timestamp = push.body().get("Timestamp").asText();
        assertThat(timestamp).matches("\\d{14}");
        assertThat(new String(Base64.getDecoder().decode(push.body().get("Password").asText()), StandardCharsets.UTF_8))
                .isEqualTo(PaymentFakes.SHORTCODE + PaymentFakes.PASSKEY + timestamp);
    }
}

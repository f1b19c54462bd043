package io.chatnation.adapter.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatnation.adapter.payments.fake.StripeFake;
import io.chatnation.adapter.payments.shared.MutableClock;
import io.chatnation.domain.billing.purchase.CurrencyCode;
import io.chatnation.domain.billing.purchase.Money;
import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PurchaseStatus;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.ports.billing.out.PaymentNoticeReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Webhook deliveries as the Stripe fake signs them, read into notices about Checkout Sessions. */
class StripeEventReaderTest {

    static final String SECRET = "whsec_test_secret";
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    final StripeEventReader reader = new StripeEventReader(
            new StripeWebhookVerifier(SECRET, Duration.ofSeconds(300), new MutableClock(NOW)));

    static ObjectNode session(String status, String paymentStatus) {
        ObjectNode session = new ObjectMapper().createObjectNode();
        session.put("id", "cs_test_1").put("object", "checkout.session").put("status", status)
                .put("payment_status", paymentStatus).put("amount_total", 400).put("currency", "usd")
                .put("payment_intent", "pi_1");
        return session;
    }

    Optional<PaymentNoticeReader.Notice> read(String payload) {
        return read(payload, StripeFake.signatureHeader(payload, NOW.getEpochSecond(), SECRET));
    }

    Optional<PaymentNoticeReader.Notice> read(String payload, String signature) {
        return reader.read(new PaymentNoticeReader.Delivery(payload.getBytes(StandardCharsets.UTF_8),
                Optional.ofNullable(signature)));
    }

    @Test
    void a_completed_and_paid_session_is_a_payment_of_its_amount_named_by_the_event_and_the_session() {
        PaymentNoticeReader.Notice notice = read(StripeFake.event("evt_1", "checkout.session.completed",
                session("complete", "paid"))).orElseThrow();
        assertThat(notice.reference().value()).isEqualTo("cs_test_1");
        assertThat(notice.noticeId()).contains("evt_1");
        assertThat(notice.outcome()).isEqualTo(new PaymentOutcome.Paid(Optional.of(Money.ofMinor(CurrencyCode.USD, 400)),
                Optional.of("pi_1")));
    }

    @Test
    void delayed_payments_failures_and_expiries_are_read_by_event_type() {
        assertThat(read(StripeFake.event("evt_2", "checkout.session.completed", session("complete", "unpaid")))
                .orElseThrow().outcome()).isInstanceOf(PaymentOutcome.StillPending.class);
        assertThat(read(StripeFake.event("evt_3", "checkout.session.async_payment_succeeded", session("complete", "paid")))
                .orElseThrow().outcome()).isInstanceOf(PaymentOutcome.Paid.class);
        assertThat(read(StripeFake.event("evt_4", "checkout.session.async_payment_failed", session("complete", "unpaid")))
                .orElseThrow().outcome()).isInstanceOfSatisfying(PaymentOutcome.Unsuccessful.class,
                        u -> assertThat(u.status()).isEqualTo(PurchaseStatus.FAILED));
        assertThat(read(StripeFake.event("evt_5", "checkout.session.expired", session("expired", "unpaid")))
                .orElseThrow().outcome()).isInstanceOfSatisfying(PaymentOutcome.Unsuccessful.class,
                        u -> assertThat(u.status()).isEqualTo(PurchaseStatus.EXPIRED));
    }

    @Test
    void authentic_events_about_no_checkout_payment_are_read_as_nothing() {
        assertThat(read(StripeFake.event("evt_6", "customer.created", session("open", "unpaid")))).isEmpty();
        assertThat(read(StripeFake.event("", "checkout.session.completed", session("complete", "paid")))).isEmpty();
        ObjectNode noId = session("complete", "paid");
        noId.remove("id");
        assertThat(read(StripeFake.event("evt_7", "checkout.session.completed", noId))).isEmpty();
    }

    @Test
    void the_signature_is_checked_before_the_body_is_read() {
        assertThatThrownBy(() -> read("not json", "t=" + NOW.getEpochSecond() + ",v1=" + "ab".repeat(32)))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo(StripeWebhookVerifier.HEADER));
        assertThatThrownBy(() -> read("{}", null)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors().get(0).message()).contains("missing"));
        assertThatThrownBy(() -> read("not json")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("body"));
        assertThatThrownBy(() -> read("[1]")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors().get(0).message()).contains("not a Stripe event"));
    }
}

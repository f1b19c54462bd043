package io.chatnation.ports.billing.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseStatus;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.RequestOrigin;
import io.chatnation.ports.billing.in.ConfirmPayment;
import io.chatnation.ports.billing.in.ReceiveStripeEvent;
import io.chatnation.ports.billing.out.PaymentNoticeReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReceiveStripeEventServiceTest {

    static final byte[] BODY = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);
    static final String SIGNATURE = "t=1772359200,v1=abc";

    final PurchaseFixture f = new PurchaseFixture();
    final ScriptedNoticeReader stripe = new ScriptedNoticeReader();
    final ReceiveStripeEventService receive = new ReceiveStripeEventService(stripe, f.confirm);

    Optional<ConfirmPayment.Outcome> deliver() {
        return receive.receive(new ReceiveStripeEvent.Command(Optional.of(SIGNATURE), BODY, RequestOrigin.none()));
    }

    void stripeSays(ProviderReference session, String eventId, PaymentOutcome outcome) {
        stripe.notice = Optional.of(new PaymentNoticeReader.Notice(session, Optional.of(eventId), outcome));
    }

    @Test
    void a_signed_event_is_read_with_its_signature_and_applied_once_by_its_id() {
        Purchase purchase = f.buy(PaymentProvider.STRIPE, PurchaseFixture.STARTER);
        stripeSays(purchase.providerReference().orElseThrow(), "evt_1",
                new PaymentOutcome.Paid(Optional.of(purchase.price()), Optional.of("pi_1")));

        assertThat(deliver()).containsInstanceOf(ConfirmPayment.Settled.class);
        assertThat(deliver()).as("the same event again").containsInstanceOf(ConfirmPayment.Unchanged.class);

        assertThat(stripe.read).hasSize(2).allSatisfy(d -> {
            assertThat(d.body()).isEqualTo(BODY);
            assertThat(d.signature()).contains(SIGNATURE);
        });
        assertThat(f.stored(purchase).status()).isEqualTo(PurchaseStatus.PAID);
        assertThat(f.credits.calls).hasSize(1);
        assertThat(f.audit.last("purchase.paid").metadata()).containsEntry("via", "webhook");
    }

    @Test
    void an_event_about_no_payment_confirms_nothing_and_one_about_a_foreign_session_finds_no_purchase() {
        Purchase purchase = f.buy(PaymentProvider.STRIPE, PurchaseFixture.STARTER);
        assertThat(deliver()).isEmpty();

        stripeSays(new ProviderReference("cs_test_not_ours"), "evt_2",
                new PaymentOutcome.Paid(Optional.of(purchase.price()), Optional.empty()));
        assertThat(deliver()).containsInstanceOf(ConfirmPayment.NoSuchPurchase.class);

        assertThat(f.stored(purchase).status()).isEqualTo(PurchaseStatus.PENDING);
        assertThat(f.credits.calls).isEmpty();
    }

    @Test
    void a_delivery_the_reader_refuses_changes_nothing() {
        Purchase purchase = f.buy(PaymentProvider.STRIPE, PurchaseFixture.STARTER);
        stripeSays(purchase.providerReference().orElseThrow(), "evt_3",
                new PaymentOutcome.Paid(Optional.of(purchase.price()), Optional.empty()));
        stripe.refusal = Optional.of(InvalidInput.of("Stripe-Signature", "does not match the payload"));
        int entries = f.audit.entries.size();

        assertThatThrownBy(this::deliver).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("Stripe-Signature"));

        assertThat(f.stored(purchase).status()).isEqualTo(PurchaseStatus.PENDING);
        assertThat(f.audit.entries).hasSize(entries);
    }
}

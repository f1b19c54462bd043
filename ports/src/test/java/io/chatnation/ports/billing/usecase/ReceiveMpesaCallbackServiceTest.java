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
import io.chatnation.ports.billing.in.ReceiveMpesaCallback;
import io.chatnation.ports.billing.out.PaymentNoticeReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReceiveMpesaCallbackServiceTest {

    static final byte[] BODY = "{\"Body\":{\"stkCallback\":{}}}".getBytes(StandardCharsets.UTF_8);

    final PurchaseFixture f = new PurchaseFixture();
    final ScriptedNoticeReader daraja = new ScriptedNoticeReader();
    final ReceiveMpesaCallbackService receive = new ReceiveMpesaCallbackService(f.tokens, daraja, f.confirm);
    final RequestOrigin origin = RequestOrigin.of("196.201.214.200", "Daraja");

    ConfirmPayment.Outcome post(String token) {
        return receive.receive(new ReceiveMpesaCallback.Command(token, BODY, origin));
    }

    void darajaSays(Purchase purchase, PaymentOutcome outcome) {
        daraja.notice = Optional.of(new PaymentNoticeReader.Notice(purchase.providerReference().orElseThrow(),
                Optional.empty(), outcome));
    }

    @Test
    void a_callback_on_its_purchases_address_is_read_from_the_raw_body_and_pays_the_purchase() {
        Purchase purchase = f.buy(PaymentProvider.MPESA, PurchaseFixture.GROWTH);
        darajaSays(purchase, new PaymentOutcome.Paid(Optional.of(purchase.price()), Optional.of("NLJ7RT61SV")));

        assertThat(post(f.mpesa.lastRequest().callbackToken())).isInstanceOf(ConfirmPayment.Settled.class);

        assertThat(daraja.read).singleElement().satisfies(d -> {
            assertThat(d.body()).isEqualTo(BODY);
            assertThat(d.signature()).as("Daraja signs nothing").isEmpty();
        });
        assertThat(f.stored(purchase).status()).isEqualTo(PurchaseStatus.PAID);
        assertThat(f.credits.calls).hasSize(1);
        assertThat(f.audit.last("purchase.paid").metadata()).containsEntry("via", "callback");
        assertThat(f.audit.last("purchase.paid").caller().origin().ipAddress()).contains("196.201.214.200");
    }

    @Test
    void an_address_that_was_never_minted_is_turned_away_unread() {
        Purchase purchase = f.buy(PaymentProvider.MPESA, PurchaseFixture.GROWTH);
        darajaSays(purchase, new PaymentOutcome.Paid(Optional.of(purchase.price()), Optional.empty()));

        assertThat(post("guessed")).isInstanceOf(ConfirmPayment.NoSuchPurchase.class);
        assertThat(daraja.read).isEmpty();
        assertThat(post("callback-token-999")).as("well formed, but no purchase's")
                .isInstanceOf(ConfirmPayment.NoSuchPurchase.class);

        assertThat(f.stored(purchase).status()).isEqualTo(PurchaseStatus.PENDING);
        assertThat(f.credits.calls).isEmpty();
    }

    @Test
    void a_body_that_is_no_stk_result_is_invalid_input_and_changes_nothing() {
        Purchase purchase = f.buy(PaymentProvider.MPESA, PurchaseFixture.GROWTH);
        String token = f.mpesa.lastRequest().callbackToken();
        int entries = f.audit.entries.size();

        daraja.refusal = Optional.of(InvalidInput.of("Body.stkCallback", "is missing"));
        assertThatThrownBy(() -> post(token)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("Body.stkCallback"));
        daraja.refusal = Optional.empty();
        daraja.notice = Optional.empty();
        assertThatThrownBy(() -> post(token)).isInstanceOf(InvalidInput.class);

        assertThat(f.stored(purchase).status()).isEqualTo(PurchaseStatus.PENDING);
        assertThat(f.audit.entries).hasSize(entries);
    }

    @Test
    void a_callback_about_another_attempt_on_a_real_address_is_rejected() {
        Purchase purchase = f.buy(PaymentProvider.MPESA, PurchaseFixture.GROWTH);
        daraja.notice = Optional.of(new PaymentNoticeReader.Notice(new ProviderReference("ws_CO_forged"), Optional.empty(),
                new PaymentOutcome.Paid(Optional.of(purchase.price()), Optional.empty())));

        assertThat(post(f.mpesa.lastRequest().callbackToken())).isInstanceOfSatisfying(ConfirmPayment.Rejected.class,
                r -> assertThat(r.rule()).isEqualTo("noticeNamesThePaymentAttempt"));
        assertThat(f.credits.calls).isEmpty();
    }
}

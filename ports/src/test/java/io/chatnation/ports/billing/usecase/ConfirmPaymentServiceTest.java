package io.chatnation.ports.billing.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.billing.purchase.CurrencyCode;
import io.chatnation.domain.billing.purchase.Money;
import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseStatus;
import io.chatnation.domain.shared.ActorType;
import io.chatnation.domain.shared.RequestOrigin;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.ConfirmPayment;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfirmPaymentServiceTest {

    final PurchaseFixture f = new PurchaseFixture();
    final RequestOrigin daraja = RequestOrigin.of("196.201.214.200", "Daraja");

    ConfirmPayment.Outcome callback(Purchase purchase, PaymentOutcome outcome) {
        return callback(f.mpesa.lastRequest().callbackToken(), purchase.providerReference().orElseThrow(), outcome);
    }

    ConfirmPayment.Outcome callback(String token, ProviderReference reference, PaymentOutcome outcome) {
        return f.confirm.confirm(new ConfirmPayment.Command(PaymentProvider.MPESA, new ConfirmPayment.CallbackPath(token),
                Optional.of(reference), Optional.empty(), outcome, daraja));
    }

    static PaymentOutcome paid(Purchase purchase) {
        return new PaymentOutcome.Paid(Optional.of(purchase.price()), Optional.of("NLJ7RT61SV"));
    }

    @Test
    void a_paid_callback_credits_the_bundles_tokens_once_however_often_it_comes() {
        Purchase purchase = f.buy(PaymentProvider.MPESA, PurchaseFixture.GROWTH);

        assertThat(callback(purchase, paid(purchase))).isInstanceOf(ConfirmPayment.Settled.class);
        assertThat(callback(purchase, paid(purchase))).isInstanceOf(ConfirmPayment.Unchanged.class);

        Purchase paid = f.stored(purchase);
        assertThat(paid.status()).isEqualTo(PurchaseStatus.PAID);
        assertThat(paid.receipt()).contains("NLJ7RT61SV");
        assertThat(paid.creditTransaction()).contains(f.credits.transactions.get(purchase.id().value()));
        assertThat(f.credits.calls).hasSize(1);
        assertThat(f.credits.calls.get(0).amount()).isEqualTo(TokenAmount.ofTokens(500));
        assertThat(f.credits.calls.get(0).org()).isEqualTo(f.org);
        RecordAuditEntry.Command entry = f.audit.last("purchase.paid");
        assertThat(entry.caller().type()).isEqualTo(ActorType.SYSTEM);
        assertThat(entry.caller().actorId()).isEqualTo(PaymentProvider.MPESA.actorId());
        assertThat(entry.caller().origin().ipAddress()).contains("196.201.214.200");
        assertThat(entry.before().orElseThrow()).containsEntry("status", "PENDING");
        assertThat(entry.after().orElseThrow()).containsEntry("status", "PAID");
        assertThat(f.audit.actions()).containsOnlyOnce("purchase.paid");
    }

    @Test
    void a_cancelled_payment_cancels_the_purchase_and_credits_nothing() {
        Purchase purchase = f.buy(PaymentProvider.MPESA, PurchaseFixture.STARTER);
        callback(purchase, new PaymentOutcome.Unsuccessful(PurchaseStatus.CANCELLED, "cancelled_by_payer", "Request cancelled by user"));

        assertThat(f.stored(purchase).status()).isEqualTo(PurchaseStatus.CANCELLED);
        assertThat(f.credits.calls).isEmpty();
        assertThat(f.audit.actions()).contains("purchase.cancelled");
        assertThat(callback(purchase, paid(purchase))).as("a later success cannot revive it")
                .isInstanceOf(ConfirmPayment.Rejected.class);
        assertThat(f.credits.calls).isEmpty();
    }

    @Test
    void an_unknown_callback_path_finds_nothing_and_changes_nothing() {
        Purchase purchase = f.buy(PaymentProvider.MPESA, PurchaseFixture.STARTER);
        int entries = f.audit.entries.size();
        assertThat(callback("guessed-token", purchase.providerReference().orElseThrow(), paid(purchase)))
                .isInstanceOf(ConfirmPayment.NoSuchPurchase.class);
        assertThat(f.stored(purchase).status()).isEqualTo(PurchaseStatus.PENDING);
        assertThat(f.audit.entries).hasSize(entries);
        assertThat(f.credits.calls).isEmpty();
    }

    @Test
    void a_callback_about_another_payment_attempt_or_amount_is_rejected_and_audited() {
        Purchase purchase = f.buy(PaymentProvider.MPESA, PurchaseFixture.STARTER);
        String token = f.mpesa.lastRequest().callbackToken();

        assertThat(callback(token, new ProviderReference("ws_CO_unknown"), paid(purchase)))
                .isInstanceOfSatisfying(ConfirmPayment.Rejected.class, r -> assertThat(r.rule()).isEqualTo("noticeNamesThePaymentAttempt"));
        ConfirmPayment.Outcome tooLittle = callback(purchase, new PaymentOutcome.Paid(
                Optional.of(Money.ofMinor(CurrencyCode.KES, 100)), Optional.of("X")));
        assertThat(tooLittle).isInstanceOfSatisfying(ConfirmPayment.Rejected.class,
                r -> assertThat(r.rule()).isEqualTo("paymentMatchesThePrice"));

        assertThat(f.stored(purchase).status()).isEqualTo(PurchaseStatus.PENDING);
        assertThat(f.credits.calls).isEmpty();
        RecordAuditEntry.Command rejection = f.audit.last("purchase.payment_rejected");
        assertThat(rejection.metadata()).containsEntry("rule", "paymentMatchesThePrice").containsEntry("claimedAmount", "KES 1.00");
        assertThat(f.audit.actions().stream().filter("purchase.payment_rejected"::equals)).hasSize(2);

        assertThat(callback(purchase, paid(purchase))).as("the genuine callback still settles it")
                .isInstanceOf(ConfirmPayment.Settled.class);
    }

    @Test
    void a_signed_notice_is_handled_once_by_its_id_and_a_session_pays_once() {
        Purchase purchase = f.buy(PaymentProvider.STRIPE, PurchaseFixture.STARTER);
        ProviderReference session = purchase.providerReference().orElseThrow();
        ConfirmPayment.Command completed = new ConfirmPayment.Command(PaymentProvider.STRIPE, new ConfirmPayment.PaymentAttempt(),
                Optional.of(session), Optional.of("evt_1"), paid(purchase), RequestOrigin.none());

        assertThat(f.confirm.confirm(completed)).isInstanceOf(ConfirmPayment.Settled.class);
        assertThat(f.confirm.confirm(completed)).isInstanceOfSatisfying(ConfirmPayment.Unchanged.class,
                u -> assertThat(u.why()).contains("evt_1"));
        assertThat(f.confirm.confirm(new ConfirmPayment.Command(PaymentProvider.STRIPE, new ConfirmPayment.PaymentAttempt(),
                Optional.of(session), Optional.of("evt_2"), paid(purchase), RequestOrigin.none())))
                .isInstanceOf(ConfirmPayment.Unchanged.class);
        assertThat(f.credits.calls).hasSize(1);
    }

    @Test
    void a_provider_cannot_settle_another_providers_purchase() {
        Purchase purchase = f.buy(PaymentProvider.SANDBOX, PurchaseFixture.STARTER);
        ConfirmPayment.Outcome outcome = f.confirm.confirm(new ConfirmPayment.Command(PaymentProvider.STRIPE,
                new ConfirmPayment.KnownPurchase(f.org, purchase.id()), Optional.empty(), Optional.empty(), paid(purchase),
                RequestOrigin.none()));
        assertThat(outcome).isInstanceOf(ConfirmPayment.Rejected.class);
        assertThat(f.credits.calls).isEmpty();
    }
}

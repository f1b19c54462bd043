package io.chatnation.domain.billing.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.shared.TokenAmount;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PurchaseTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final Money PRICE = Money.ofMinor(CurrencyCode.KES, 225000);
    static final TokenBundle GROWTH = new TokenBundle(new BundleCode("growth"), "Growth", TokenAmount.ofTokens(500),
            List.of(PRICE, Money.ofMinor(CurrencyCode.USD, 1750)));
    static final ProviderReference ATTEMPT = new ProviderReference("ws_CO_1");

    static Purchase pending() {
        return Purchase.start(new PurchaseId(UUID.randomUUID()), GROWTH, PRICE, PaymentProvider.MPESA,
                Optional.of(PayerPhone.parse("phone", "0712345678")), UUID.randomUUID(), T0)
                .initiated(ATTEMPT, Optional.empty(), T0);
    }

    static PaymentOutcome paid(Money amount) {
        return new PaymentOutcome.Paid(Optional.of(amount), Optional.of("NLJ7RT61SV"));
    }

    static Purchase changed(Purchase.Settlement settlement) {
        assertThat(settlement).isInstanceOf(Purchase.Changed.class);
        return ((Purchase.Changed) settlement).after();
    }

    @Test
    void a_purchase_keeps_the_tokens_and_price_agreed_when_it_started() {
        Purchase p = pending();
        assertThat(p.status()).isEqualTo(PurchaseStatus.PENDING);
        assertThat(p.tokens()).isEqualTo(TokenAmount.ofTokens(500));
        assertThat(p.price()).isEqualTo(PRICE);
        assertThatThrownBy(() -> Purchase.start(new PurchaseId(UUID.randomUUID()), GROWTH, Money.ofMinor(CurrencyCode.KES, 1),
                PaymentProvider.SANDBOX, Optional.empty(), UUID.randomUUID(), T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void paying_the_price_settles_it_as_paid_with_the_receipt() {
        Purchase after = changed(pending().settle(paid(PRICE), Optional.of(ATTEMPT), T0.plusSeconds(30)));
        assertThat(after.status()).isEqualTo(PurchaseStatus.PAID);
        assertThat(after.receipt()).contains("NLJ7RT61SV");
        assertThat(after.settledAt()).contains(T0.plusSeconds(30));
    }

    @Test
    void a_payment_of_another_amount_is_refused_and_the_purchase_stays_pending() {
        Purchase.Settlement s = pending().settle(paid(Money.ofMinor(CurrencyCode.KES, 100)), Optional.of(ATTEMPT), T0);
        assertThat(s).isInstanceOfSatisfying(Purchase.Refused.class, r -> {
            assertThat(r.rule()).isEqualTo("paymentMatchesThePrice");
            assertThat(r.why()).contains("KES 1.00").contains("KES 2250.00");
        });
        assertThat(pending().settle(paid(Money.ofMinor(CurrencyCode.USD, 225000)), Optional.of(ATTEMPT), T0))
                .isInstanceOf(Purchase.Refused.class);
    }

    @Test
    void a_notice_about_another_payment_attempt_is_refused() {
        assertThat(pending().settle(paid(PRICE), Optional.of(new ProviderReference("ws_CO_other")), T0))
                .isInstanceOfSatisfying(Purchase.Refused.class, r -> assertThat(r.rule()).isEqualTo("noticeNamesThePaymentAttempt"));
    }

    @Test
    void a_repeated_notice_changes_nothing_and_a_contradicting_one_is_refused() {
        Purchase paid = changed(pending().settle(paid(PRICE), Optional.of(ATTEMPT), T0));
        assertThat(paid.settle(paid(PRICE), Optional.of(ATTEMPT), T0)).isInstanceOf(Purchase.Unchanged.class);
        assertThat(paid.settle(new PaymentOutcome.StillPending(""), Optional.of(ATTEMPT), T0)).isInstanceOf(Purchase.Unchanged.class);
        assertThat(paid.settle(new PaymentOutcome.Unsuccessful(PurchaseStatus.CANCELLED, "cancelled_by_payer", ""),
                Optional.of(ATTEMPT), T0)).isInstanceOfSatisfying(Purchase.Refused.class,
                r -> assertThat(r.rule()).isEqualTo("settledPurchasesStaySettled"));

        Purchase cancelled = changed(pending().settle(new PaymentOutcome.Unsuccessful(PurchaseStatus.CANCELLED,
                "cancelled_by_payer", "Request cancelled by user"), Optional.of(ATTEMPT), T0));
        assertThat(cancelled.failureReason()).contains("cancelled_by_payer");
        assertThat(cancelled.settle(paid(PRICE), Optional.of(ATTEMPT), T0)).isInstanceOf(Purchase.Refused.class);
    }

    @Test
    void still_pending_changes_nothing() {
        assertThat(pending().settle(new PaymentOutcome.StillPending("processing"), Optional.of(ATTEMPT), T0))
                .isInstanceOf(Purchase.Unchanged.class);
    }

    @Test
    void a_notice_that_outruns_the_providers_answer_records_the_attempt() {
        Purchase notInitiated = Purchase.start(new PurchaseId(UUID.randomUUID()), GROWTH, PRICE, PaymentProvider.SANDBOX,
                Optional.empty(), UUID.randomUUID(), T0);
        Purchase after = changed(notInitiated.settle(paid(PRICE), Optional.of(ATTEMPT), T0));
        assertThat(after.providerReference()).contains(ATTEMPT);
        assertThat(after.initiated(new ProviderReference("late"), Optional.empty(), T0)).isSameAs(after);
    }

    @Test
    void only_a_paid_purchase_records_its_credit() {
        assertThatThrownBy(() -> pending().credited(UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
        UUID transaction = UUID.randomUUID();
        assertThat(changed(pending().settle(paid(PRICE), Optional.empty(), T0)).credited(transaction).creditTransaction())
                .contains(transaction);
    }
}

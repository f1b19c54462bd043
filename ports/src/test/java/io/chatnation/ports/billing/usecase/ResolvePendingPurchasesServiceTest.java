package io.chatnation.ports.billing.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseStatus;
import io.chatnation.ports.billing.in.ResolvePendingPurchases;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResolvePendingPurchasesServiceTest {

    final PurchaseFixture f = new PurchaseFixture();
    final ResolvePendingPurchases.Command every90s = new ResolvePendingPurchases.Command(Duration.ofSeconds(90),
            Duration.ofSeconds(60), Duration.ofHours(2), 100);

    @Test
    void a_purchase_whose_callback_never_came_is_settled_by_asking_the_provider() {
        Purchase purchase = f.buy(PaymentProvider.MPESA, PurchaseFixture.STARTER);
        f.mpesa.answer = new PaymentOutcome.Paid(Optional.empty(), Optional.empty());

        f.advance(Duration.ofSeconds(60));
        assertThat(f.resolve.resolve(every90s).examined()).as("too early to ask").isZero();
        assertThat(f.mpesa.queried).isEmpty();

        f.advance(Duration.ofSeconds(31));
        assertThat(f.resolve.resolve(every90s)).isEqualTo(new ResolvePendingPurchases.Result(1, 1, 0));
        assertThat(f.stored(purchase).status()).isEqualTo(PurchaseStatus.PAID);
        assertThat(f.credits.calls).hasSize(1);
        assertThat(f.audit.last("purchase.paid").metadata()).containsEntry("via", "status_query");

        assertThat(f.resolve.resolve(every90s).examined()).as("settled purchases are not asked about again").isZero();
    }

    @Test
    void a_payment_still_in_progress_is_asked_about_again_later_and_expires_in_the_end() {
        Purchase purchase = f.buy(PaymentProvider.MPESA, PurchaseFixture.STARTER);
        f.advance(Duration.ofMinutes(2));
        assertThat(f.resolve.resolve(every90s)).isEqualTo(new ResolvePendingPurchases.Result(1, 0, 0));
        f.advance(Duration.ofSeconds(30));
        assertThat(f.resolve.resolve(every90s).examined()).as("asked a moment ago").isZero();
        f.advance(Duration.ofSeconds(31));
        assertThat(f.resolve.resolve(every90s).examined()).isEqualTo(1);
        assertThat(f.stored(purchase).status()).isEqualTo(PurchaseStatus.PENDING);

        f.advance(Duration.ofHours(2));
        assertThat(f.resolve.resolve(every90s).settled()).isEqualTo(1);
        Purchase expired = f.stored(purchase);
        assertThat(expired.status()).isEqualTo(PurchaseStatus.EXPIRED);
        assertThat(expired.failureReason()).contains("unconfirmed");
        assertThat(f.credits.calls).isEmpty();
    }

    @Test
    void an_unreachable_provider_leaves_the_purchase_pending_and_is_counted() {
        Purchase purchase = f.buy(PaymentProvider.STRIPE, PurchaseFixture.STARTER);
        f.stripe.unreachable = true;
        f.advance(Duration.ofMinutes(5));
        assertThat(f.resolve.resolve(every90s)).isEqualTo(new ResolvePendingPurchases.Result(1, 0, 1));
        assertThat(f.stored(purchase).status()).isEqualTo(PurchaseStatus.PENDING);
    }

    @Test
    void the_providers_final_word_settles_a_purchase_as_cancelled() {
        Purchase purchase = f.buy(PaymentProvider.MPESA, PurchaseFixture.STARTER);
        f.mpesa.answer = new PaymentOutcome.Unsuccessful(PurchaseStatus.CANCELLED, "cancelled_by_payer", "Request cancelled by user");
        f.advance(Duration.ofMinutes(2));
        f.resolve.resolve(every90s);
        assertThat(f.stored(purchase).status()).isEqualTo(PurchaseStatus.CANCELLED);
        assertThat(f.credits.calls).isEmpty();
    }
}

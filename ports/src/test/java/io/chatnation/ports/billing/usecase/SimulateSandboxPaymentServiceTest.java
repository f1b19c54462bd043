package io.chatnation.ports.billing.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseStatus;
import io.chatnation.domain.shared.AccessDenied;
import io.chatnation.domain.shared.Conflict;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.RuleViolated;
import io.chatnation.ports.billing.in.SimulateSandboxPayment;
import io.chatnation.ports.billing.in.SimulateSandboxPayment.Decision;
import org.junit.jupiter.api.Test;

class SimulateSandboxPaymentServiceTest {

    final PurchaseFixture f = new PurchaseFixture();

    Purchase decide(Purchase purchase, Decision decision) {
        return f.simulate.simulate(new SimulateSandboxPayment.Command(f.owner, purchase.id(), decision));
    }

    @Test
    void completing_a_sandbox_purchase_pays_and_credits_it_through_the_same_settlement() {
        Purchase purchase = f.buy(PaymentProvider.SANDBOX, PurchaseFixture.STARTER);
        Purchase paid = decide(purchase, Decision.COMPLETE);
        assertThat(paid.status()).isEqualTo(PurchaseStatus.PAID);
        assertThat(paid.receipt()).hasValueSatisfying(r -> assertThat(r).startsWith("SBX"));
        assertThat(decide(purchase, Decision.COMPLETE)).as("twice is once").isEqualTo(paid);
        assertThat(f.credits.calls).hasSize(1);
        assertThat(f.audit.last("purchase.paid").metadata()).containsEntry("via", "sandbox");
        assertThatThrownBy(() -> decide(purchase, Decision.CANCEL)).isInstanceOf(Conflict.class);
    }

    @Test
    void a_decision_by_hand_drops_the_automatic_payment_and_a_refused_one_leaves_it() {
        Purchase purchase = f.buy(PaymentProvider.SANDBOX, PurchaseFixture.STARTER);
        decide(purchase, Decision.CANCEL);
        assertThat(f.droppedSandboxPayments).containsExactly(purchase.id());

        Purchase other = f.buy(PaymentProvider.SANDBOX, PurchaseFixture.STARTER);
        var viewer = f.member(Role.VIEWER);
        assertThatThrownBy(() -> f.simulate.simulate(new SimulateSandboxPayment.Command(viewer, other.id(), Decision.CANCEL)))
                .isInstanceOf(AccessDenied.class);
        assertThat(f.droppedSandboxPayments).as("still due to pay by itself").doesNotContain(other.id());
    }

    @Test
    void cancelling_credits_nothing() {
        Purchase purchase = f.buy(PaymentProvider.SANDBOX, PurchaseFixture.STARTER);
        assertThat(decide(purchase, Decision.CANCEL).status()).isEqualTo(PurchaseStatus.CANCELLED);
        assertThat(f.credits.calls).isEmpty();
    }

    @Test
    void only_sandbox_purchases_by_billing_managers_where_the_sandbox_is_on() {
        Purchase stripe = f.buy(PaymentProvider.STRIPE, PurchaseFixture.STARTER);
        assertThatThrownBy(() -> decide(stripe, Decision.COMPLETE)).isInstanceOfSatisfying(RuleViolated.class,
                e -> assertThat(e.rule()).isEqualTo("onlySandboxPurchasesAreSimulated"));

        Purchase sandbox = f.buy(PaymentProvider.SANDBOX, PurchaseFixture.STARTER);
        var viewer = f.member(Role.VIEWER);
        assertThatThrownBy(() -> f.simulate.simulate(new SimulateSandboxPayment.Command(viewer, sandbox.id(), Decision.COMPLETE)))
                .isInstanceOf(AccessDenied.class);

        PurchaseFixture production = new PurchaseFixture(false);
        assertThatThrownBy(() -> production.simulate.simulate(new SimulateSandboxPayment.Command(production.owner,
                sandbox.id(), Decision.COMPLETE))).isInstanceOf(RuleViolated.class);
        assertThat(f.credits.calls).isEmpty();
    }
}

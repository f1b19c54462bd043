package io.chatnation.adapter.payments.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.adapter.payments.shared.MutableClock;
import io.chatnation.domain.billing.purchase.BundleCode;
import io.chatnation.domain.billing.purchase.CurrencyCode;
import io.chatnation.domain.billing.purchase.Money;
import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.billing.purchase.TokenBundle;
import io.chatnation.domain.shared.ActorType;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.SimulateSandboxPayment;
import io.chatnation.ports.billing.out.PaymentGateway;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SandboxGatewayTest {

    final List<SimulateSandboxPayment.Command> paid = new CopyOnWriteArrayList<>();
    final SimulateSandboxPayment payer = command -> {
        paid.add(command);
        return null;
    };
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    static PaymentGateway.PaymentRequest request() {
        return new PaymentGateway.PaymentRequest(new OrgId(UUID.randomUUID()), new PurchaseId(UUID.randomUUID()),
                Money.ofMinor(CurrencyCode.KES, 50000), TokenAmount.ofTokens(100), "100 tokens", Optional.empty(), "t");
    }

    @Test
    void the_simulated_payer_pays_as_the_sandbox_after_its_delay() throws InterruptedException {
        try (SandboxGateway sandbox = new SandboxGateway(() -> payer, Optional.of(Duration.ofMillis(50)), clock)) {
            PaymentGateway.PaymentRequest request = request();
            assertThat(sandbox.initiate(request).reference().value()).startsWith("sbx_");
            waitFor(() -> !paid.isEmpty());
            SimulateSandboxPayment.Command command = paid.get(0);
            assertThat(command.purchase()).isEqualTo(request.purchase());
            assertThat(command.decision()).isEqualTo(SimulateSandboxPayment.Decision.COMPLETE);
            assertThat(command.caller().orgId()).isEqualTo(request.org());
            assertThat(command.caller().type()).isEqualTo(ActorType.SYSTEM);
            assertThat(command.caller().actorId()).isEqualTo(PaymentProvider.SANDBOX.actorId());
        }
    }

    @Test
    void a_decision_by_hand_stops_the_automatic_payment() throws InterruptedException {
        try (SandboxGateway sandbox = new SandboxGateway(() -> payer, Optional.of(Duration.ofMillis(200)), clock)) {
            PaymentGateway.PaymentRequest request = request();
            sandbox.initiate(request);
            sandbox.drop(request.purchase());
            Thread.sleep(400);
            assertThat(paid).isEmpty();
        }
    }

    @Test
    void asked_about_a_purchase_the_sandbox_says_paid_once_its_delay_has_passed() {
        try (SandboxGateway auto = new SandboxGateway(() -> payer, Optional.of(Duration.ofSeconds(3)), clock);
             SandboxGateway manual = new SandboxGateway(() -> payer, Optional.empty(), clock)) {
            Purchase purchase = Purchase.start(new PurchaseId(UUID.randomUUID()), new TokenBundle(new BundleCode("starter"),
                            "Starter", TokenAmount.ofTokens(100), List.of(Money.ofMinor(CurrencyCode.KES, 50000))),
                    Money.ofMinor(CurrencyCode.KES, 50000), PaymentProvider.SANDBOX, Optional.empty(), UUID.randomUUID(),
                    clock.instant());
            assertThat(auto.query(purchase)).isInstanceOf(PaymentOutcome.StillPending.class);
            clock.advance(Duration.ofSeconds(3));
            assertThat(auto.query(purchase)).isEqualTo(new PaymentOutcome.Paid(Optional.of(purchase.price()), Optional.empty()));
            assertThat(manual.query(purchase)).isInstanceOf(PaymentOutcome.StillPending.class);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("within 5 s").isTrue();
    }
}

package io.chatnation.app.server.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.ports.billing.in.ReceiveStripeEvent;
import io.chatnation.ports.billing.in.SimulateSandboxPayment;
import io.chatnation.ports.billing.usecase.PaymentGateways;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which payment providers a configuration turns on, checked on a bare application context (no server, no
 * database): the sandbox, which takes no money, must be off wherever real money is taken unless asked for.
 */
class PaymentProvidersWiringTest {

    static final Map<String, Object> MPESA = Map.of(
            "chatnation.payments.mpesa.consumer-key", "key",
            "chatnation.payments.mpesa.consumer-secret", "secret",
            "chatnation.payments.mpesa.shortcode", "174379",
            "chatnation.payments.mpesa.passkey", "passkey",
            "chatnation.payments.mpesa.callback-base-url", "https://pay.example.com");
    static final Map<String, Object> STRIPE = Map.of(
            "chatnation.payments.stripe.secret-key", "sk_live_x",
            "chatnation.payments.stripe.success-url", "https://app.example.com/billing?paid={CHECKOUT_SESSION_ID}",
            "chatnation.payments.stripe.cancel-url", "https://app.example.com/billing");

    /**
     * @param webhook       whether Stripe's webhook is served (its endpoint needs {@link ReceiveStripeEvent})
     * @param sandboxByHand whether the sandbox's pay/cancel endpoints are served (they need {@link SimulateSandboxPayment})
     */
    record Wired(List<PaymentProvider> providers, Optional<PaymentProvider> defaultProvider, boolean webhook,
                 boolean sandboxByHand) {}

    static Wired wire(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        // Security's signing configuration is built eagerly; it is the only other thing a bare context needs.
        all.put("micronaut.security.token.jwt.signatures.secret.generator.secret", "a-test-signing-secret-of-32-characters");
        try (ApplicationContext context = ApplicationContext.run(all)) {
            PaymentGateways gateways = context.getBean(PaymentGateways.class);
            return new Wired(gateways.available(), gateways.defaultProvider(), context.containsBean(ReceiveStripeEvent.class),
                    context.containsBean(SimulateSandboxPayment.class));
        }
    }

    static Map<String, Object> merged(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> all = new HashMap<>(a);
        all.putAll(b);
        return all;
    }

    @Test
    void with_nothing_configured_the_sandbox_is_the_only_provider() {
        assertThat(wire(Map.of())).isEqualTo(new Wired(List.of(PaymentProvider.SANDBOX), Optional.of(PaymentProvider.SANDBOX),
                false, true));
    }

    @Test
    void a_real_provider_turns_the_sandbox_off_unless_it_is_asked_for() {
        assertThat(wire(MPESA)).as("no sandbox endpoints where real money is taken")
                .isEqualTo(new Wired(List.of(PaymentProvider.MPESA), Optional.of(PaymentProvider.MPESA), false, false));
        assertThat(wire(STRIPE).providers()).containsExactly(PaymentProvider.STRIPE);
        assertThat(wire(merged(MPESA, Map.of("chatnation.payments.sandbox.enabled", true))).providers())
                .containsExactly(PaymentProvider.MPESA, PaymentProvider.SANDBOX);
        assertThat(wire(Map.of("chatnation.payments.sandbox.enabled", false)).providers()).isEmpty();
    }

    @Test
    void the_default_provider_and_the_stripe_webhook_follow_the_settings() {
        Wired both = wire(merged(merged(MPESA, STRIPE), Map.of("chatnation.payments.default-provider", "stripe",
                "chatnation.payments.stripe.webhook-secret", "whsec_x")));
        assertThat(both).isEqualTo(new Wired(List.of(PaymentProvider.MPESA, PaymentProvider.STRIPE),
                Optional.of(PaymentProvider.STRIPE), true, false));
    }

    @Test
    void a_setting_the_provider_would_refuse_stops_the_start_naming_the_property() {
        assertThatThrownBy(() -> wire(merged(MPESA, Map.of("chatnation.payments.mpesa.callback-base-url", "http://pay.example.com"))))
                .hasStackTraceContaining("chatnation.payments.mpesa.callback-base-url must be an https address");
    }
}

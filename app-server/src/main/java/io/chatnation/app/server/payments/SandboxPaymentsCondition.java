package io.chatnation.app.server.payments;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/**
 * The sandbox provider pays without money, so it is on only where that is wanted: when
 * {@code chatnation.payments.sandbox.enabled} says so, or, left unset, when no real provider is configured
 * (the embedded default).
 */
public final class SandboxPaymentsCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        return context.getProperty("chatnation.payments.sandbox.enabled", Boolean.class)
                .orElseGet(() -> !context.containsProperty("chatnation.payments.mpesa.consumer-key")
                        && !context.containsProperty("chatnation.payments.stripe.secret-key"));
    }
}

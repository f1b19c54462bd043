package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.ports.billing.out.PaymentGateway;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The payment providers configured on this platform, and the one a purchase uses when it names none: the
 * configured preference if it is available, else the first available of M-Pesa, Stripe, sandbox.
 */
public final class PaymentGateways {

    private final Map<PaymentProvider, PaymentGateway> gateways = new EnumMap<>(PaymentProvider.class);
    private final Optional<PaymentProvider> preferred;

    public PaymentGateways(List<PaymentGateway> available, Optional<PaymentProvider> preferred) {
        for (PaymentGateway gateway : available) {
            if (gateways.put(gateway.provider(), gateway) != null) {
                throw new IllegalArgumentException("two gateways for " + gateway.provider().title());
            }
        }
        this.preferred = preferred.filter(gateways::containsKey);
    }

    public Optional<PaymentGateway> of(PaymentProvider provider) {
        return Optional.ofNullable(gateways.get(provider));
    }

    public List<PaymentProvider> available() {
        return Arrays.stream(PaymentProvider.values()).filter(gateways::containsKey).toList();
    }

    public Optional<PaymentProvider> defaultProvider() {
        return preferred.or(() -> available().stream().findFirst());
    }
}

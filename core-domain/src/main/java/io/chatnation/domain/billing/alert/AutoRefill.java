package io.chatnation.domain.billing.alert;

import io.chatnation.domain.billing.purchase.BundleCode;
import io.chatnation.domain.billing.purchase.PayerPhone;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation's standing order: when its main wallet dips below the threshold, buy this bundle through this
 * provider (M-Pesa prompts this phone). Disabled, it keeps the last choice so that turning it back on is one switch.
 */
public record AutoRefill(boolean enabled, BundleCode bundle, PaymentProvider provider, Optional<PayerPhone> phone,
                         Instant updatedAt) {

    public AutoRefill {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(provider, "provider");
        phone = phone == null ? Optional.empty() : phone;
        Objects.requireNonNull(updatedAt, "updated at");
        if (provider == PaymentProvider.STRIPE) {
            // A Stripe Checkout page waits for someone to pay on it: nobody is there when the balance dips.
            throw InvalidInput.of("provider", "Stripe needs a person to pay on its checkout page; refill with M-Pesa or the sandbox");
        }
        if (provider.needsPayerPhone() && phone.isEmpty()) {
            throw InvalidInput.of("phone", "is required to refill with " + provider.title());
        }
        if (!provider.needsPayerPhone()) {
            phone = Optional.empty();
        }
    }
}

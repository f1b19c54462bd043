package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.purchase.BundleCode;
import io.chatnation.domain.billing.purchase.CurrencyCode;
import io.chatnation.domain.billing.purchase.PayerPhone;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.shared.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts buying a token bundle: records a pending purchase and asks the provider to collect the price (an
 * M-Pesa prompt on the payer's phone, a Stripe Checkout page). No tokens move until the provider confirms.
 */
public interface StartPurchase {

    Purchase start(Command command);

    /**
     * @param provider empty for the platform's default provider
     * @param currency empty for the provider's usual currency (KES for M-Pesa, USD for Stripe)
     */
    record Command(Caller caller, BundleCode bundle, Optional<PaymentProvider> provider, Optional<CurrencyCode> currency,
                   Optional<PayerPhone> payerPhone) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(bundle, "bundle");
            provider = provider == null ? Optional.empty() : provider;
            currency = currency == null ? Optional.empty() : currency;
            payerPhone = payerPhone == null ? Optional.empty() : payerPhone;
        }
    }
}

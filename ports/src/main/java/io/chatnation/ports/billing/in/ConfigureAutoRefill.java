package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.alert.AutoRefill;
import io.chatnation.domain.billing.purchase.BundleCode;
import io.chatnation.domain.billing.purchase.PayerPhone;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.shared.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * Sets what is bought automatically when the main wallet dips below its low-balance threshold: one bundle per dip,
 * through a provider that needs nobody at a checkout page. Needs {@code billing:manage}; audited.
 */
public interface ConfigureAutoRefill {

    AutoRefill configure(Command command);

    record Command(Caller caller, boolean enabled, BundleCode bundle, PaymentProvider provider, Optional<PayerPhone> phone) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(bundle, "bundle");
            Objects.requireNonNull(provider, "provider");
            phone = phone == null ? Optional.empty() : phone;
        }
    }
}

package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.TokenBundle;
import io.chatnation.domain.shared.Caller;
import java.util.List;
import java.util.Optional;

/** What can be bought and how: the bundles on sale and the payment providers this platform offers. */
public interface ListTokenBundles {

    Catalogue list(Caller caller);

    record Catalogue(List<TokenBundle> bundles, List<PaymentProvider> providers, Optional<PaymentProvider> defaultProvider) {
        public Catalogue {
            bundles = List.copyOf(bundles);
            providers = List.copyOf(providers);
        }
    }
}

package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.purchase.BundleCode;
import io.chatnation.domain.billing.purchase.TokenBundle;
import java.util.List;
import java.util.Optional;

/** The bundles the platform sells, smallest first. */
public interface TokenBundles {

    List<TokenBundle> onSale();

    /** A bundle on sale; empty for unknown or withdrawn ones. */
    Optional<TokenBundle> find(BundleCode code);
}

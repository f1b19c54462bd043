package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.shared.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The reads that cross tenants, run before any organisation is known: a provider's notice names a payment,
 * not an organisation. Each finds purchases by an exact secret or reference, never by browsing.
 */
public interface PurchaseLocator {

    record PurchaseKey(OrgId org, PurchaseId purchase) {}

    Optional<PurchaseKey> byCallback(SecretDigest callback);

    Optional<PurchaseKey> byAttempt(PaymentProvider provider, ProviderReference reference);

    /**
     * Pending purchases started before {@code startedBefore} and not asked about since {@code askedBefore},
     * oldest first.
     */
    List<PurchaseKey> awaitingConfirmation(Instant startedBefore, Instant askedBefore, int limit);
}

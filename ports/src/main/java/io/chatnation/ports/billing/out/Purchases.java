package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** The current organisation's purchases. */
public interface Purchases {

    /** @param callback digest of the secret callback path the provider will call for this purchase */
    void add(Purchase purchase, SecretDigest callback);

    Optional<Purchase> find(PurchaseId id);

    /**
     * Like {@link #find}, holding the purchase until the transaction ends, so that two notices about one
     * purchase (a callback and a status query racing) are applied one after the other.
     */
    Optional<Purchase> lock(PurchaseId id);

    void update(Purchase purchase);

    /** Newest first. */
    Page<Purchase> page(PageRequest page);

    /** Remembers a provider's notice id; false when it was remembered before (for any purchase). */
    boolean recordNotice(PaymentProvider provider, String noticeId, PurchaseId purchase, Instant receivedAt);

    /** Notes that the provider was asked about this purchase, so it is not asked again at once. */
    void noteStatusQueried(PurchaseId id, Instant at);
}

package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.shared.Caller;

/** One purchase of the caller's organisation, for following a payment until it settles. */
public interface ShowPurchase {
    Purchase show(Caller caller, PurchaseId purchase);
}

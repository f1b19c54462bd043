package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.purchase.PurchaseId;

/**
 * The sandbox provider's simulated payer pays each sandbox purchase by itself a moment after it starts. When
 * someone decides a purchase by hand first, that planned payment is dropped: arriving afterwards it would change
 * nothing (a settled purchase stays as it is), only fail where the purchase was cancelled.
 */
@FunctionalInterface
public interface ScheduledSandboxPayments {

    /** Drops the automatic payment planned for the purchase, if one is still planned on this node. */
    void drop(PurchaseId purchase);
}

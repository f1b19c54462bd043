package io.chatnation.domain.billing.purchase;

/**
 * Where a purchase stands. It starts pending and ends in exactly one of the other states; none of them
 * is ever left, so a late or replayed notice cannot turn a cancelled purchase into a paid one or back.
 */
public enum PurchaseStatus {
    PENDING,
    PAID,
    CANCELLED,
    FAILED,
    EXPIRED;

    public boolean isSettled() {
        return this != PENDING;
    }

    public boolean canBecome(PurchaseStatus next) {
        return this == PENDING && next != PENDING;
    }
}

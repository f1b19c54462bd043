package io.chatnation.domain.billing.purchase;

import java.util.Objects;
import java.util.Optional;

/** What a payment provider says happened to one payment attempt, in the provider's own words translated. */
public sealed interface PaymentOutcome permits PaymentOutcome.Paid, PaymentOutcome.Unsuccessful, PaymentOutcome.StillPending {

    /**
     * The money arrived.
     *
     * @param amount  what the provider says was paid; empty only where the provider's answer carries no amount
     *                (M-Pesa's status query), in which case it confirms the amount it was asked to collect
     * @param receipt the provider's receipt, e.g. M-Pesa's receipt number
     */
    record Paid(Optional<Money> amount, Optional<String> receipt) implements PaymentOutcome {
        public Paid {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(receipt, "receipt");
        }
    }

    /**
     * No money will arrive for this attempt.
     *
     * @param status CANCELLED, FAILED or EXPIRED
     * @param reason a stable code such as {@code insufficient_funds} or {@code cancelled_by_payer}
     * @param detail the provider's description, for people
     */
    record Unsuccessful(PurchaseStatus status, String reason, String detail) implements PaymentOutcome {
        public Unsuccessful {
            if (status == null || status == PurchaseStatus.PENDING || status == PurchaseStatus.PAID) {
                throw new IllegalArgumentException("an unsuccessful payment is cancelled, failed or expired");
            }
            Objects.requireNonNull(reason, "reason");
            detail = detail == null ? "" : detail;
        }
    }

    /** The provider does not know yet (the payer has not answered the prompt). */
    record StillPending(String detail) implements PaymentOutcome {
        public StillPending {
            detail = detail == null ? "" : detail;
        }
    }
}

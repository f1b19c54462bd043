package io.chatnation.adapter.payments.mpesa;

import io.chatnation.domain.billing.purchase.Money;
import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PurchaseStatus;
import java.util.Optional;

/** What an STK ResultCode (in a callback or a status query's answer) means for the purchase. */
final class MpesaResultCodes {

    static final int SUCCESS = 0;
    static final int INSUFFICIENT_FUNDS = 1;
    static final int SUBSCRIBER_BUSY = 1001;
    static final int EXPIRED = 1019;
    static final int CANCELLED_BY_PAYER = 1032;
    static final int PAYER_UNREACHABLE = 1037;
    static final int WRONG_PIN = 2001;

    private MpesaResultCodes() {}

    static PaymentOutcome outcome(int code, String description, Optional<Money> amount, Optional<String> receipt) {
        return switch (code) {
            case SUCCESS -> new PaymentOutcome.Paid(amount, receipt);
            case INSUFFICIENT_FUNDS -> failed(PurchaseStatus.FAILED, "insufficient_funds", description);
            case CANCELLED_BY_PAYER -> failed(PurchaseStatus.CANCELLED, "cancelled_by_payer", description);
            case PAYER_UNREACHABLE -> failed(PurchaseStatus.EXPIRED, "payer_unreachable", description);
            case EXPIRED -> failed(PurchaseStatus.EXPIRED, "transaction_expired", description);
            case WRONG_PIN -> failed(PurchaseStatus.FAILED, "wrong_pin", description);
            // "Unable to lock subscriber": another M-Pesa transaction was in progress on the payer's phone, so this
            // prompt was never shown. Final for this request: the payer can try again once the other one is done.
            case SUBSCRIBER_BUSY -> failed(PurchaseStatus.FAILED, "payer_busy", description);
            default -> failed(PurchaseStatus.FAILED, "declined", "M-Pesa result " + code + ": " + description);
        };
    }

    private static PaymentOutcome failed(PurchaseStatus status, String reason, String description) {
        return new PaymentOutcome.Unsuccessful(status, reason, description);
    }
}

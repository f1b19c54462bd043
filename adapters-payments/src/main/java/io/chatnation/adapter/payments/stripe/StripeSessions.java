package io.chatnation.adapter.payments.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.domain.billing.purchase.CurrencyCode;
import io.chatnation.domain.billing.purchase.Money;
import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PurchaseStatus;
import io.chatnation.domain.shared.InvalidInput;
import java.util.Optional;

/** Reads a Checkout Session object (from a webhook event or a retrieval) as a payment outcome. */
final class StripeSessions {

    private StripeSessions() {}

    /** A completed session: paid now, or (bank debits and the like) paid later. */
    static PaymentOutcome completed(JsonNode session) {
        String paymentStatus = session.path("payment_status").asText("");
        if (paymentStatus.equals("paid") || paymentStatus.equals("no_payment_required")) {
            return paid(session);
        }
        return new PaymentOutcome.StillPending("the payment is still being processed");
    }

    static PaymentOutcome paid(JsonNode session) {
        return new PaymentOutcome.Paid(Optional.of(amount(session)), text(session, "payment_intent"));
    }

    static PaymentOutcome failed() {
        return new PaymentOutcome.Unsuccessful(PurchaseStatus.FAILED, "payment_failed", "The payment did not go through");
    }

    static PaymentOutcome expired() {
        return new PaymentOutcome.Unsuccessful(PurchaseStatus.EXPIRED, "session_expired",
                "The checkout session expired before the payment");
    }

    /** What a retrieved session says now. */
    static PaymentOutcome current(JsonNode session) {
        return switch (session.path("status").asText("")) {
            case "complete" -> completed(session);
            case "expired" -> expired();
            default -> new PaymentOutcome.StillPending("the checkout session is open");
        };
    }

    private static Money amount(JsonNode session) {
        JsonNode total = session.path("amount_total");
        if (!total.canConvertToLong() || total.asLong() < 0) {
            throw InvalidInput.of("data.object.amount_total", "must be an amount in minor units");
        }
        return Money.ofMinor(CurrencyCode.parse("data.object.currency", session.path("currency").asText("")), total.asLong());
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }
}

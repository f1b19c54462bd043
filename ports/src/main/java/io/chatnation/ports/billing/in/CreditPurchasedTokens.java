package io.chatnation.ports.billing.in;

import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.TokenAmount;
import java.util.Objects;
import java.util.UUID;

/**
 * Credits an organisation's main wallet with the tokens of a confirmed payment. Payment providers may
 * confirm the same purchase more than once (callbacks are redelivered, status queries race them), so
 * the purchase id is the idempotency key: the first call credits, every later one changes nothing.
 */
public interface CreditPurchasedTokens {

    Result credit(Command command);

    record Command(OrgId org, UUID purchaseId, TokenAmount amount, String description) {
        public Command {
            Objects.requireNonNull(org, "org");
            Objects.requireNonNull(purchaseId, "purchase id");
            Objects.requireNonNull(amount, "amount");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("a purchase credits a positive amount");
            }
            description = description == null ? "" : description;
        }
    }

    /** @param newlyCredited false when this purchase had already been credited */
    record Result(UUID transactionId, boolean newlyCredited, TokenAmount balance) {}
}

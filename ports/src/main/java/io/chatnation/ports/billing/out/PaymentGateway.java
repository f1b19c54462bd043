package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.purchase.Money;
import io.chatnation.domain.billing.purchase.PayerPhone;
import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.TokenAmount;
import java.util.Objects;
import java.util.Optional;

/** One payment provider: asks it to collect a price, and asks it later what became of that. */
public interface PaymentGateway {

    PaymentProvider provider();

    /**
     * Asks the provider to collect the price. Accepted means the payer was asked, not that anyone paid.
     *
     * @throws PaymentProviderFailed when the provider refuses or cannot be reached
     */
    Initiation initiate(PaymentRequest request);

    /**
     * What the provider knows now about the purchase's payment attempt.
     *
     * @throws PaymentProviderFailed when the provider gives no usable answer
     */
    PaymentOutcome query(Purchase purchase);

    /**
     * @param description   what is being bought, in words the payer sees
     * @param callbackToken the unguessable path segment of this purchase's callback address, for providers
     *                      that call back on an address given per request (M-Pesa)
     */
    record PaymentRequest(OrgId org, PurchaseId purchase, Money amount, TokenAmount tokens, String description,
                          Optional<PayerPhone> payerPhone, String callbackToken) {
        public PaymentRequest {
            Objects.requireNonNull(org, "org");
            Objects.requireNonNull(purchase, "purchase");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(callbackToken, "callback token");
            payerPhone = payerPhone == null ? Optional.empty() : payerPhone;
        }
    }

    /** @param checkoutUrl where the payer pays, for providers with a hosted payment page */
    record Initiation(ProviderReference reference, Optional<String> checkoutUrl) {
        public Initiation {
            Objects.requireNonNull(reference, "reference");
            checkoutUrl = checkoutUrl == null ? Optional.empty() : checkoutUrl;
        }
    }
}

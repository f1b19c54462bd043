package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.purchase.PaymentProvider;

/**
 * A payment provider refused a request or could not be reached. Not the caller's fault and not a business
 * rule: the web edge answers it as a bad gateway, naming the provider's reason.
 */
public final class PaymentProviderFailed extends RuntimeException {

    private final PaymentProvider provider;

    public PaymentProviderFailed(PaymentProvider provider, String message) {
        super(message);
        this.provider = provider;
    }

    public PaymentProviderFailed(PaymentProvider provider, String message, Throwable cause) {
        super(message, cause);
        this.provider = provider;
    }

    public PaymentProvider provider() {
        return provider;
    }
}

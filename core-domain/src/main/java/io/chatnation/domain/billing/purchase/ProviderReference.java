package io.chatnation.domain.billing.purchase;

import java.util.Objects;

/** The provider's id of one payment attempt: M-Pesa's CheckoutRequestID, a Stripe Checkout Session id. */
public record ProviderReference(String value) {

    public ProviderReference {
        Objects.requireNonNull(value, "provider reference");
        if (value.isBlank() || value.length() > 255 || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("not a provider reference");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

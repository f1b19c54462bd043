package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.ProviderReference;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one payment provider's notices (an M-Pesa callback, a Stripe webhook event) from the exact bytes it
 * delivered. Where the provider signs its deliveries, the signature is checked here, over those bytes, before
 * anything in them is believed: what comes out is authentic as far as the provider's scheme can tell.
 */
public interface PaymentNoticeReader {

    /**
     * @return the notice, or empty when the delivery is authentic but about no payment this platform follows
     *         (another kind of event)
     * @throws io.chatnation.domain.shared.InvalidInput naming the header or field, when the delivery is not
     *         authentic or is not a notice of this provider at all
     */
    Optional<Notice> read(Delivery delivery);

    /**
     * What came over the wire, untouched: a signature is computed over these very bytes, so they are never
     * parsed and re-serialised before being read.
     *
     * @param signature the provider's signature header, where it signs its deliveries
     */
    record Delivery(byte[] body, Optional<String> signature) {
        public Delivery {
            Objects.requireNonNull(body, "body");
            signature = signature == null ? Optional.empty() : signature.filter(s -> !s.isBlank());
        }
    }

    /**
     * @param reference the provider's id of the payment attempt the notice is about
     * @param noticeId  the provider's id of the notice itself, where it has one (Stripe's event id)
     */
    record Notice(ProviderReference reference, Optional<String> noticeId, PaymentOutcome outcome) {
        public Notice {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(outcome, "outcome");
            noticeId = noticeId == null ? Optional.empty() : noticeId;
        }
    }
}

package io.chatnation.ports.billing.in;

import io.chatnation.domain.shared.RequestOrigin;
import java.util.Objects;
import java.util.Optional;

/**
 * Takes a Stripe webhook delivery exactly as sent. Its signature is checked over the raw bytes before anything in
 * them is read; Checkout Session events are then applied through {@link ConfirmPayment}, each event id once.
 */
public interface ReceiveStripeEvent {

    /**
     * @return what confirming the payment did, or empty when the event is about no Checkout Session payment
     *         (Stripe sends every event type the endpoint subscribes to)
     * @throws io.chatnation.domain.shared.InvalidInput naming {@code Stripe-Signature} when the signature is
     *         missing, stale or does not match, or naming the field when the body is not a Stripe event
     */
    Optional<ConfirmPayment.Outcome> receive(Command command);

    /**
     * @param signature the {@code Stripe-Signature} header, if the delivery had one
     * @param body      the request body, byte for byte: the signature covers exactly these bytes
     * @param origin    where the call came from, for the audit trail
     */
    record Command(Optional<String> signature, byte[] body, RequestOrigin origin) {
        public Command {
            signature = signature == null ? Optional.empty() : signature;
            Objects.requireNonNull(body, "body");
            origin = origin == null ? RequestOrigin.none() : origin;
        }
    }
}

package io.chatnation.ports.billing.in;

import io.chatnation.domain.shared.RequestOrigin;
import java.util.Objects;

/**
 * Takes an STK Push result exactly as Daraja posted it to a purchase's callback address, and applies it through
 * {@link ConfirmPayment}. Daraja does not sign its callbacks: the secret last segment of the address, minted for
 * one purchase and told to Daraja only, is what tells a real callback from a forged one.
 */
public interface ReceiveMpesaCallback {

    /**
     * @return what confirming the payment did; {@link ConfirmPayment.NoSuchPurchase} when the address names no
     *         purchase, and then nothing was read or changed
     * @throws io.chatnation.domain.shared.InvalidInput naming the field, when the body is not an STK Push result
     */
    ConfirmPayment.Outcome receive(Command command);

    /**
     * @param callbackToken the last segment of the path Daraja posted to
     * @param body          the request body, byte for byte
     * @param origin        where the call came from, for the audit trail
     */
    record Command(String callbackToken, byte[] body, RequestOrigin origin) {
        public Command {
            Objects.requireNonNull(callbackToken, "callback token");
            Objects.requireNonNull(body, "body");
            origin = origin == null ? RequestOrigin.none() : origin;
        }
    }
}

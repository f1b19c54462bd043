package io.chatnation.adapter.payments.mpesa;

import io.chatnation.ports.billing.out.PaymentNoticeReader;
import java.util.Optional;

/**
 * Reads the STK Push results Daraja posts. Daraja signs nothing, so there is no signature to check here: the
 * secret callback address the result was posted to is what authenticates it.
 */
public final class MpesaCallbackReader implements PaymentNoticeReader {

    /** @throws io.chatnation.domain.shared.InvalidInput naming the field, when the body is not an STK Push result */
    @Override
    public Optional<Notice> read(Delivery delivery) {
        MpesaCallback callback = MpesaCallback.parse(delivery.body());
        return Optional.of(new Notice(callback.checkoutRequestId(), Optional.empty(), callback.outcome()));
    }
}

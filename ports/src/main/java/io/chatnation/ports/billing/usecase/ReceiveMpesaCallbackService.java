package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.ports.billing.in.ConfirmPayment;
import io.chatnation.ports.billing.in.ReceiveMpesaCallback;
import io.chatnation.ports.billing.out.CallbackTokens;
import io.chatnation.ports.billing.out.PaymentNoticeReader;
import java.util.Optional;

/**
 * A callback on an address that could not have been minted is turned away before its body is read; every other
 * one is read, then located by the digest of its address, which is what authenticates it.
 */
public final class ReceiveMpesaCallbackService implements ReceiveMpesaCallback {

    private final CallbackTokens tokens;
    private final PaymentNoticeReader callbacks;
    private final ConfirmPayment confirm;

    public ReceiveMpesaCallbackService(CallbackTokens tokens, PaymentNoticeReader callbacks, ConfirmPayment confirm) {
        this.tokens = tokens;
        this.callbacks = callbacks;
        this.confirm = confirm;
    }

    @Override
    public ConfirmPayment.Outcome receive(Command c) {
        if (!tokens.couldBeOne(c.callbackToken())) {
            return new ConfirmPayment.NoSuchPurchase();
        }
        // The callback address serves STK Push results only: a delivery that reads as no payment is not one.
        PaymentNoticeReader.Notice notice = callbacks.read(new PaymentNoticeReader.Delivery(c.body(), Optional.empty()))
                .orElseThrow(() -> InvalidInput.of("Body.stkCallback", "is not an STK Push result"));
        return confirm.confirm(new ConfirmPayment.Command(PaymentProvider.MPESA,
                new ConfirmPayment.CallbackPath(c.callbackToken()), Optional.of(notice.reference()), notice.noticeId(),
                notice.outcome(), c.origin()));
    }
}

package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.ports.billing.in.ConfirmPayment;
import io.chatnation.ports.billing.in.ReceiveStripeEvent;
import io.chatnation.ports.billing.out.PaymentNoticeReader;
import java.util.Optional;

/**
 * The reader checks the signature; a signed event finds its purchase by the Checkout Session it names, and its
 * event id makes a redelivery change nothing.
 */
public final class ReceiveStripeEventService implements ReceiveStripeEvent {

    private final PaymentNoticeReader events;
    private final ConfirmPayment confirm;

    public ReceiveStripeEventService(PaymentNoticeReader events, ConfirmPayment confirm) {
        this.events = events;
        this.confirm = confirm;
    }

    @Override
    public Optional<ConfirmPayment.Outcome> receive(Command c) {
        return events.read(new PaymentNoticeReader.Delivery(c.body(), c.signature()))
                .map(notice -> confirm.confirm(new ConfirmPayment.Command(PaymentProvider.STRIPE,
                        new ConfirmPayment.PaymentAttempt(), Optional.of(notice.reference()), notice.noticeId(),
                        notice.outcome(), c.origin())));
    }
}

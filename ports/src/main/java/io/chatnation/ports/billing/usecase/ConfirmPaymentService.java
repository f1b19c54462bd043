package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.ports.billing.in.ConfirmPayment;
import io.chatnation.ports.billing.out.PurchaseLocator;
import io.chatnation.ports.billing.out.PurchaseLocator.PurchaseKey;
import io.chatnation.ports.billing.out.Purchases;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.util.Optional;

public final class ConfirmPaymentService implements ConfirmPayment {

    private final UnitOfWork uow;
    private final PurchaseLocator locator;
    private final Purchases purchases;
    private final PurchaseSettlement settlement;

    public ConfirmPaymentService(UnitOfWork uow, PurchaseLocator locator, Purchases purchases, PurchaseSettlement settlement) {
        this.uow = uow;
        this.locator = locator;
        this.purchases = purchases;
        this.settlement = settlement;
    }

    @Override
    public Outcome confirm(Command c) {
        Optional<PurchaseKey> key = locate(c);
        if (key.isEmpty()) {
            return new NoSuchPurchase();
        }
        PurchaseKey found = key.get();
        PurchaseSettlement.Notice notice = new PurchaseSettlement.Notice(c.provider(), c.reference(), c.noticeId(),
                c.outcome(), via(c.addressee()));
        return uow.inOrganization(found.org(), () -> purchases.lock(found.purchase())
                .map(purchase -> settlement.apply(NoticeActors.of(found.org(), c.provider(), c.origin()), purchase, notice))
                .orElseGet(NoSuchPurchase::new));
    }

    private Optional<PurchaseKey> locate(Command c) {
        if (c.addressee() instanceof CallbackPath path) {
            return uow.withoutOrganization(() -> locator.byCallback(SecretDigest.of(path.token())));
        }
        if (c.addressee() instanceof KnownPurchase known) {
            return Optional.of(new PurchaseKey(known.org(), known.purchase()));
        }
        return uow.withoutOrganization(() -> locator.byAttempt(c.provider(), c.reference().orElseThrow()));
    }

    private static String via(Addressee addressee) {
        if (addressee instanceof CallbackPath) {
            return "callback";
        }
        return addressee instanceof PaymentAttempt ? "webhook" : "notice";
    }
}

package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseStatus;
import io.chatnation.domain.shared.RequestOrigin;
import io.chatnation.ports.billing.in.ConfirmPayment;
import io.chatnation.ports.billing.in.ResolvePendingPurchases;
import io.chatnation.ports.billing.out.PaymentProviderFailed;
import io.chatnation.ports.billing.out.PurchaseLocator;
import io.chatnation.ports.billing.out.PurchaseLocator.PurchaseKey;
import io.chatnation.ports.billing.out.Purchases;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One purchase at a time: read it, ask its provider with no transaction open, then apply the answer. */
public final class ResolvePendingPurchasesService implements ResolvePendingPurchases {

    private final UnitOfWork uow;
    private final PurchaseLocator locator;
    private final Purchases purchases;
    private final PaymentGateways gateways;
    private final PurchaseSettlement settlement;
    private final Clock clock;

    public ResolvePendingPurchasesService(UnitOfWork uow, PurchaseLocator locator, Purchases purchases,
                                          PaymentGateways gateways, PurchaseSettlement settlement, Clock clock) {
        this.uow = uow;
        this.locator = locator;
        this.purchases = purchases;
        this.gateways = gateways;
        this.settlement = settlement;
        this.clock = clock;
    }

    @Override
    public Result resolve(Command c) {
        Instant now = clock.instant();
        List<PurchaseKey> due = uow.withoutOrganization(() -> locator.awaitingConfirmation(now.minus(c.unansweredFor()),
                now.minus(c.askAgainAfter()), c.limit()));
        int settled = 0;
        int failures = 0;
        for (PurchaseKey key : due) {
            Optional<Purchase> pending = uow.inOrganization(key.org(), () -> purchases.find(key.purchase()))
                    .filter(p -> p.status() == PurchaseStatus.PENDING);
            if (pending.isEmpty()) {
                continue;
            }
            Purchase purchase = pending.get();
            PaymentOutcome answer;
            try {
                answer = ask(purchase);
            } catch (PaymentProviderFailed e) {
                failures++;
                answer = new PaymentOutcome.StillPending(e.getMessage());
            }
            PaymentOutcome outcome = answer instanceof PaymentOutcome.StillPending
                    && !purchase.createdAt().isAfter(now.minus(c.giveUpAfter()))
                    ? new PaymentOutcome.Unsuccessful(PurchaseStatus.EXPIRED, "unconfirmed", purchase.provider().title()
                    + " did not confirm the payment within " + c.giveUpAfter().toMinutes() + " minutes")
                    : answer;
            ConfirmPayment.Outcome applied = uow.inOrganization(key.org(), () -> {
                purchases.noteStatusQueried(purchase.id(), clock.instant());
                return purchases.lock(purchase.id())
                        .map(locked -> settlement.apply(NoticeActors.of(key.org(), purchase.provider(), RequestOrigin.none()),
                                locked, new PurchaseSettlement.Notice(purchase.provider(), purchase.providerReference(),
                                        Optional.empty(), outcome, "status_query")))
                        .orElseGet(ConfirmPayment.NoSuchPurchase::new);
            });
            if (applied instanceof ConfirmPayment.Settled) {
                settled++;
            }
        }
        return new Result(due.size(), settled, failures);
    }

    private PaymentOutcome ask(Purchase purchase) {
        if (purchase.providerReference().isEmpty()) {
            return new PaymentOutcome.StillPending("the provider never accepted the payment request");
        }
        return gateways.of(purchase.provider()).map(gateway -> gateway.query(purchase))
                .orElseGet(() -> new PaymentOutcome.StillPending(purchase.provider().title() + " is not configured"));
    }
}

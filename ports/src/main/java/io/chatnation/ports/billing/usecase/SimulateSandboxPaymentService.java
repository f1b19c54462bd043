package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseStatus;
import io.chatnation.domain.shared.Conflict;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.RuleViolated;
import io.chatnation.ports.billing.in.ConfirmPayment;
import io.chatnation.ports.billing.in.SimulateSandboxPayment;
import io.chatnation.ports.billing.out.Purchases;
import io.chatnation.ports.billing.out.ScheduledSandboxPayments;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.util.Locale;
import java.util.Optional;

public final class SimulateSandboxPaymentService implements SimulateSandboxPayment {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final Purchases purchases;
    private final PaymentGateways gateways;
    private final PurchaseSettlement settlement;
    private final ScheduledSandboxPayments scheduled;

    public SimulateSandboxPaymentService(UnitOfWork uow, CheckAccess access, Purchases purchases,
                                         PaymentGateways gateways, PurchaseSettlement settlement,
                                         ScheduledSandboxPayments scheduled) {
        this.uow = uow;
        this.access = access;
        this.purchases = purchases;
        this.gateways = gateways;
        this.settlement = settlement;
        this.scheduled = scheduled;
    }

    @Override
    public Purchase simulate(Command c) {
        Purchase decided = decide(c);
        // Decided (and allowed to be): the automatic payment must not follow. Should it have fired meanwhile, the
        // purchase was locked and settled once, and this decision was answered with a conflict instead.
        scheduled.drop(c.purchase());
        return decided;
    }

    private Purchase decide(Command c) {
        return uow.inOrganization(c.caller().orgId(), () -> {
            access.of(c.caller()).require(Permission.BILLING_MANAGE);
            // Where real money is taken the sandbox is off, and its old purchases must not turn into free tokens.
            if (gateways.of(PaymentProvider.SANDBOX).isEmpty()) {
                throw new RuleViolated("sandboxPaymentsNeedTheSandbox", "The sandbox payment provider is not enabled here");
            }
            Purchase purchase = purchases.lock(c.purchase()).orElseThrow(() -> new NotFound("Purchase"));
            if (purchase.provider() != PaymentProvider.SANDBOX) {
                throw new RuleViolated("onlySandboxPurchasesAreSimulated",
                        "Only sandbox purchases can be completed or cancelled by hand; this one is paid through "
                                + purchase.provider().title());
            }
            PurchaseStatus wanted = c.decision() == Decision.COMPLETE ? PurchaseStatus.PAID : PurchaseStatus.CANCELLED;
            if (purchase.status().isSettled()) {
                if (purchase.status() == wanted) {
                    return purchase;
                }
                throw new Conflict("The purchase is already " + purchase.status().name().toLowerCase(Locale.ROOT));
            }
            PaymentOutcome outcome = c.decision() == Decision.COMPLETE
                    ? new PaymentOutcome.Paid(Optional.of(purchase.price()), Optional.of(SandboxReceipts.of(purchase.id())))
                    : new PaymentOutcome.Unsuccessful(PurchaseStatus.CANCELLED, "cancelled_by_payer", "Cancelled in the sandbox");
            ConfirmPayment.Outcome applied = settlement.apply(c.caller(), purchase, new PurchaseSettlement.Notice(
                    PaymentProvider.SANDBOX, purchase.providerReference(), Optional.empty(), outcome, "sandbox"));
            if (applied instanceof ConfirmPayment.Settled settled) {
                return settled.purchase();
            }
            if (applied instanceof ConfirmPayment.Rejected rejected) {
                throw new RuleViolated(rejected.rule(), rejected.reason());
            }
            return purchase;
        });
    }
}

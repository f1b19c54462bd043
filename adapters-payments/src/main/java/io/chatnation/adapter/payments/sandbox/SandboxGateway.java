package io.chatnation.adapter.payments.sandbox;

import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PaymentProvider;
import io.chatnation.domain.billing.purchase.ProviderReference;
import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.billing.in.SimulateSandboxPayment;
import io.chatnation.ports.billing.out.PaymentGateway;
import io.chatnation.ports.billing.out.ScheduledSandboxPayments;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A payment provider that takes no money, for the embedded default: a purchase is paid by itself a moment after
 * it starts (unless someone completes or cancels it by hand first), through the same confirmation as a real
 * provider's notice. With no delay configured, purchases wait for the hand.
 */
public final class SandboxGateway implements PaymentGateway, ScheduledSandboxPayments, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxGateway.class);

    private final Supplier<SimulateSandboxPayment> payer;
    private final Optional<Duration> completeAfter;
    private final Clock clock;
    private final Map<PurchaseId, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "sandbox-payer");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param payer         the sandbox's payer, looked up when first needed (it is built on the gateways, this one included)
     * @param completeAfter how long the simulated payer takes to pay; empty to leave it to the hand
     */
    public SandboxGateway(Supplier<SimulateSandboxPayment> payer, Optional<Duration> completeAfter, Clock clock) {
        this.payer = payer;
        this.completeAfter = completeAfter;
        this.clock = clock;
    }

    @Override
    public PaymentProvider provider() {
        return PaymentProvider.SANDBOX;
    }

    @Override
    public Initiation initiate(PaymentRequest request) {
        completeAfter.ifPresent(delay -> scheduled.put(request.purchase(), timer.schedule(
                () -> payAutomatically(request.org(), request.purchase()), delay.toMillis(), TimeUnit.MILLISECONDS)));
        return new Initiation(new ProviderReference("sbx_" + request.purchase().value().toString().replace("-", "")),
                Optional.empty());
    }

    /** The simulated payer has paid once its delay has passed, also where this node's timer never ran. */
    @Override
    public PaymentOutcome query(Purchase purchase) {
        if (completeAfter.isPresent() && !purchase.createdAt().plus(completeAfter.get()).isAfter(clock.instant())) {
            return new PaymentOutcome.Paid(Optional.of(purchase.price()), Optional.empty());
        }
        return new PaymentOutcome.StillPending("waiting for the sandbox payer");
    }

    /** Someone decided by hand: the automatic payment must not follow. */
    @Override
    public void drop(PurchaseId purchase) {
        ScheduledFuture<?> pending = scheduled.remove(purchase);
        if (pending != null) {
            pending.cancel(false);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void payAutomatically(OrgId org, PurchaseId purchase) {
        scheduled.remove(purchase);
        try {
            payer.get().simulate(new SimulateSandboxPayment.Command(Caller.system(org, PaymentProvider.SANDBOX.actorId()),
                    purchase, SimulateSandboxPayment.Decision.COMPLETE));
        } catch (RuntimeException e) {
            LOG.warn("The sandbox could not pay purchase {}: {}", purchase, e.getMessage());
        }
    }
}

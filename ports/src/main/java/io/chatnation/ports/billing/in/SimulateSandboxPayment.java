package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.shared.Caller;
import java.util.Objects;

/**
 * Plays the payer of a sandbox purchase: pays or cancels it, through the same confirmation as a real
 * provider's notice. Only sandbox purchases, and only where the sandbox provider is enabled.
 */
public interface SimulateSandboxPayment {

    Purchase simulate(Command command);

    enum Decision { COMPLETE, CANCEL }

    record Command(Caller caller, PurchaseId purchase, Decision decision) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(purchase, "purchase");
            Objects.requireNonNull(decision, "decision");
        }
    }
}

package io.chatnation.adapter.web.billing.purchase;

import io.chatnation.adapter.web.billing.purchase.PurchaseResponses.PurchaseResponse;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.ports.billing.in.SimulateSandboxPayment;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The sandbox's payer, by hand: pay or cancel a pending sandbox purchase (billing:manage). Served only where the
 * sandbox provider is on, which it never is by default where real money is taken.
 */
@Controller("/api/v1/payments/sandbox")
@Requires(beans = SimulateSandboxPayment.class)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = PurchaseController.TAG)
@ProblemDoc.BadRequest
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
@ProblemDoc.NotFound
@ProblemDoc.Conflict
@ProblemDoc.RuleViolated
public class SandboxPaymentController {

    private final SimulateSandboxPayment simulate;

    public SandboxPaymentController(SimulateSandboxPayment simulate) {
        this.simulate = simulate;
    }

    @Operation(operationId = "completeSandboxPurchase",
            summary = "Pay a pending sandbox purchase now, as its payer would (sandbox provider only)",
            description = "Credits the bundle's tokens through the same confirmation as a real provider's notice; the "
                    + "automatic payment the sandbox would make later is dropped. Completing a paid purchase again "
                    + "changes nothing; a cancelled one answers 409, a purchase of another provider 422.")
    @Post(uri = "/{purchaseId}/complete", produces = MediaType.APPLICATION_JSON)
    public PurchaseResponse complete(@Parameter(hidden = true) Caller caller,
                                     @Parameter(description = "The sandbox purchase's id") @PathVariable String purchaseId) {
        return decide(caller, purchaseId, SimulateSandboxPayment.Decision.COMPLETE);
    }

    @Operation(operationId = "cancelSandboxPurchase",
            summary = "Cancel a pending sandbox purchase, as its payer would (sandbox provider only)",
            description = "No tokens are credited, and the automatic payment the sandbox would make later is dropped. "
                    + "Cancelling a cancelled purchase again changes nothing; a paid one answers 409.")
    @Post(uri = "/{purchaseId}/cancel", produces = MediaType.APPLICATION_JSON)
    public PurchaseResponse cancel(@Parameter(hidden = true) Caller caller,
                                   @Parameter(description = "The sandbox purchase's id") @PathVariable String purchaseId) {
        return decide(caller, purchaseId, SimulateSandboxPayment.Decision.CANCEL);
    }

    private PurchaseResponse decide(Caller caller, String rawId, SimulateSandboxPayment.Decision decision) {
        return PurchaseResponse.of(simulate.simulate(new SimulateSandboxPayment.Command(caller, PurchaseId.of(rawId), decision)));
    }
}

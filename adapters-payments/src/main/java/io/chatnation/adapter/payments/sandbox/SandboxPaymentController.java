package io.chatnation.adapter.payments.sandbox;

import io.chatnation.domain.billing.purchase.Purchase;
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
import java.util.LinkedHashMap;
import java.util.Map;

/** The sandbox's payer, by hand: pay or cancel a pending sandbox purchase (billing:manage). */
@Controller("/api/v1/payments/sandbox")
@Requires(beans = SandboxGateway.class)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SandboxPaymentController {

    private final SandboxGateway sandbox;
    private final SimulateSandboxPayment simulate;

    public SandboxPaymentController(SandboxGateway sandbox, SimulateSandboxPayment simulate) {
        this.sandbox = sandbox;
        this.simulate = simulate;
    }

    @Post(uri = "/{purchaseId}/complete", produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> complete(Caller caller, @PathVariable String purchaseId) {
        return decide(caller, purchaseId, SimulateSandboxPayment.Decision.COMPLETE);
    }

    @Post(uri = "/{purchaseId}/cancel", produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> cancel(Caller caller, @PathVariable String purchaseId) {
        return decide(caller, purchaseId, SimulateSandboxPayment.Decision.CANCEL);
    }

    private Map<String, Object> decide(Caller caller, String rawId, SimulateSandboxPayment.Decision decision) {
        PurchaseId id = PurchaseId.of(rawId);
        Purchase purchase = simulate.simulate(new SimulateSandboxPayment.Command(caller, id, decision));
        // Decided by hand (and allowed to): the automatic payment must not follow. Should it have fired meanwhile,
        // the purchase was locked and settled once, and this decision was answered with a conflict instead.
        sandbox.forget(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", purchase.id().toString());
        body.put("status", purchase.status().name());
        body.put("provider", purchase.provider().code());
        body.put("receipt", purchase.receipt().orElse(null));
        body.put("failureReason", purchase.failureReason().orElse(null));
        return body;
    }
}

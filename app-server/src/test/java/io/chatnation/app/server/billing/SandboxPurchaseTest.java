package io.chatnation.app.server.billing;

import static io.chatnation.app.server.billing.PurchaseSteps.bought;
import static io.chatnation.app.server.billing.PurchaseSteps.member;
import static io.chatnation.app.server.billing.PurchaseSteps.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.app.server.Api;
import io.chatnation.domain.shared.TokenAmount;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sandbox provider of the embedded default: pays by itself, or as decided by hand. */
class SandboxPurchaseTest {

    static final Map<String, String> STARTER = Map.of("bundle", "starter", "provider", "sandbox");

    @Test
    void a_sandbox_purchase_pays_itself_unless_cancelled_first() throws InterruptedException {
        Api.Session owner = Api.registerOrganisation("Sandbox Auto Org");
        String automatic = bought(owner, STARTER).get("id").asText();
        String cancelled = bought(owner, STARTER).get("id").asText();
        assertThat(status(owner, automatic)).isEqualTo("PENDING");

        Api.Response cancel = Api.post("/api/v1/payments/sandbox/" + cancelled + "/cancel", owner.bearer(), Map.of());
        assertThat(cancel.status()).isEqualTo(200);
        assertThat(cancel.json().get("status").asText()).isEqualTo("CANCELLED");

        assertThat(PurchaseSteps.waitForStatus(owner, automatic, "PAID",
                Duration.ofSeconds(PaymentFakes.SANDBOX_SECONDS + 15))).isEqualTo("PAID");
        Thread.sleep(500);
        assertThat(status(owner, cancelled)).as("its automatic payment never came").isEqualTo("CANCELLED");
        assertThat(PurchaseCredits.creditedTo(owner.orgId())).isEqualTo(TokenAmount.ofTokens(100));
        assertThat(PurchaseCredits.creditsFor(cancelled)).isZero();
        JsonNode paid = PurchaseSteps.audit(owner, automatic).stream()
                .filter(e -> e.get("action").asText().equals("purchase.paid")).findFirst().orElseThrow();
        assertThat(paid.get("actorType").asText()).isEqualTo("system");
        assertThat(paid.at("/metadata/via").asText()).isEqualTo("sandbox");
    }

    @Test
    void completing_by_hand_pays_at_once_and_only_once() {
        Api.Session owner = Api.registerOrganisation("Sandbox Hand Org");
        String id = bought(owner, STARTER).get("id").asText();

        Api.Response completed = Api.post("/api/v1/payments/sandbox/" + id + "/complete", owner.bearer(), Map.of());
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().get("status").asText()).isEqualTo("PAID");
        assertThat(completed.json().get("receipt").asText()).startsWith("SBX");
        assertThat(Api.post("/api/v1/payments/sandbox/" + id + "/complete", owner.bearer(), Map.of()).status()).isEqualTo(200);
        assertThat(Api.post("/api/v1/payments/sandbox/" + id + "/cancel", owner.bearer(), Map.of()).status()).isEqualTo(409);
        assertThat(PurchaseCredits.creditsFor(id)).isEqualTo(1);
        assertThat(PurchaseCredits.creditedTo(owner.orgId())).isEqualTo(TokenAmount.ofTokens(100));
        JsonNode wallet = Api.get("/api/v1/billing/wallet", owner.bearer()).json();
        assertThat(wallet.get("balance").decimalValue()).as("the owner sees the tokens at once").isEqualByComparingTo("100");
        assertThat(wallet.get("available").decimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void only_sandbox_purchases_of_ones_own_organisation_by_billing_managers() {
        Api.Session owner = Api.registerOrganisation("Sandbox Limits Org");
        String stripe = bought(owner, Map.of("bundle", "starter", "provider", "stripe")).get("id").asText();
        String sandbox = bought(owner, STARTER).get("id").asText();

        Api.Response notSandbox = Api.post("/api/v1/payments/sandbox/" + stripe + "/complete", owner.bearer(), Map.of());
        assertThat(notSandbox.status()).isEqualTo(422);
        assertThat(notSandbox.json().get("type").asText()).endsWith("onlySandboxPurchasesAreSimulated");
        assertThat(Api.post("/api/v1/payments/sandbox/" + sandbox + "/complete", member(owner, "ORG_ADMIN").bearer(), Map.of())
                .status()).isEqualTo(403);
        assertThat(Api.post("/api/v1/payments/sandbox/" + sandbox + "/complete",
                Api.registerOrganisation("Sandbox Stranger Org").bearer(), Map.of()).status()).isEqualTo(404);
        assertThat(Api.post("/api/v1/payments/sandbox/" + sandbox + "/complete", null, Map.of()).status()).isEqualTo(401);
        assertThat(Api.post("/api/v1/payments/sandbox/" + UUID.randomUUID() + "/complete", owner.bearer(), Map.of()).status())
                .isEqualTo(404);
        assertThat(PurchaseCredits.creditsFor(stripe)).isZero();
    }
}

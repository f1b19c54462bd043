package io.chatnation.app.server.billing;

import static io.chatnation.app.server.billing.AlertSteps.alertRows;
import static io.chatnation.app.server.billing.AlertSteps.auditRows;
import static io.chatnation.app.server.billing.AlertSteps.credit;
import static io.chatnation.app.server.billing.AlertSteps.debit;
import static io.chatnation.app.server.billing.AlertSteps.deliver;
import static io.chatnation.app.server.billing.AlertSteps.notifications;
import static io.chatnation.app.server.billing.AlertSteps.organisationWith;
import static io.chatnation.app.server.billing.AlertSteps.purchaseRows;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import io.chatnation.domain.shared.TokenAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Low-balance alerts on real PostgreSQL: once per dip, whatever the traffic, and auto-refill once per dip. */
class LowBalanceAlertsTest {

    @Test
    void an_alert_fires_once_per_dip_and_again_after_the_wallet_recovered_and_dipped_anew() {
        Api.Session owner = organisationWith("Dip Once Org", "100", "50");

        debit(owner, "30");
        assertThat(notifications(owner)).as("70 left is not low yet").isEmpty();
        debit(owner, "30");
        debit(owner, "10");
        debit(owner, "10");
        List<JsonNode> firstDip = notifications(owner);
        assertThat(firstDip).as("four debits, one of them across the threshold: one alert").hasSize(1);
        JsonNode alert = firstDip.get(0);
        assertThat(alert.get("type").asText()).isEqualTo("billing.low_balance");
        assertThat(alert.get("available").decimalValue()).as("as it was right after the dipping debit").isEqualByComparingTo("40");
        assertThat(alert.get("threshold").decimalValue()).isEqualByComparingTo("50");
        assertThat(alert.get("read").asBoolean()).isFalse();
        assertThat(alert.get("recovered").asBoolean()).isFalse();
        assertThat(alert.get("title").asText()).isEqualTo("Token balance is running low");
        assertThat(TestPlatform.countAsSuperuser("select count(*) from audit_logs where org_id = '" + owner.orgId()
                + "' and action = 'wallet.low_balance' and actor_type = 'system' and metadata->>'alertId' = '"
                + alert.get("id").asText() + "'")).isEqualTo(1);

        // A purchase lifts the wallet back above the threshold: the dip is over.
        String purchase = PurchaseSteps.bought(owner, SandboxPurchaseTest.STARTER).get("id").asText();
        assertThat(Api.post("/api/v1/payments/sandbox/" + purchase + "/complete", owner.bearer(), Map.of()).status()).isEqualTo(200);
        assertThat(notifications(owner)).singleElement().satisfies(n -> assertThat(n.get("recovered").asBoolean()).isTrue());

        debit(owner, "80");
        List<JsonNode> secondDip = notifications(owner);
        assertThat(secondDip).as("a new dip, a new alert").hasSize(2);
        assertThat(secondDip.get(0).get("available").decimalValue()).isEqualByComparingTo("40");
        assertThat(secondDip.get(0).get("recovered").asBoolean()).isFalse();
        assertThat(auditRows(owner, "wallet.low_balance")).isEqualTo(2);
    }

    @Test
    void concurrent_debits_across_the_threshold_still_raise_one_alert() throws Exception {
        Api.Session owner = organisationWith("Dip Concurrent Org", "1000", "500");
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> debits = new ArrayList<>();
            for (int i = 0; i < threads * 3; i++) {
                debits.add(pool.submit(() -> {
                    start.await();
                    debit(owner, "15");
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : debits) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(Api.get("/api/v1/billing/wallet", owner.bearer()).json().get("available").decimalValue())
                .isEqualByComparingTo("280");
        assertThat(alertRows(owner)).isEqualTo(1);
        assertThat(auditRows(owner, "wallet.low_balance")).isEqualTo(1);
    }

    @Test
    void a_sub_wallet_dips_on_its_own_threshold_and_a_transfer_can_dip_it() {
        Api.Session owner = organisationWith("Dip Sub Org", "200", "10");
        Api.Response sub = Api.post("/api/v1/billing/wallets", owner.bearer(), Map.of("name", "Expo", "lowBalanceThreshold", "30"));
        assertThat(sub.status()).isEqualTo(201);
        String subId = sub.json().get("id").asText();
        String mainId = Api.get("/api/v1/billing/wallet", owner.bearer()).json().get("id").asText();
        Api.Response in = Api.post("/api/v1/billing/transfers", owner.bearer(), Map.of("fromWalletId", mainId, "toWalletId", subId,
                "tokens", "50", "memo", "Expo budget"));
        assertThat(in.status()).as(in.raw()).isIn(200, 201);
        Api.Response out = Api.post("/api/v1/billing/transfers", owner.bearer(), Map.of("fromWalletId", subId, "toWalletId", mainId,
                "tokens", "25", "memo", "Back"));
        assertThat(out.status()).as(out.raw()).isIn(200, 201);

        List<JsonNode> alerts = notifications(owner);
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.get("walletId").asText()).isEqualTo(subId);
            assertThat(a.get("title").asText()).isEqualTo("Wallet 'Expo' is running low");
        });
        deliver();
        assertThat(notifications(owner).get(0).at("/refill/state").asText()).isEqualTo("skipped");
        assertThat(notifications(owner).get(0).at("/refill/reason").asText()).contains("main wallet");
    }

    @Test
    void auto_refill_buys_the_bundle_once_per_dip_and_the_paid_purchase_ends_the_dip() throws Exception {
        Api.Session owner = organisationWith("Refill Org", "100", "50");
        Api.Response configured = Api.sendJson("PUT", "/api/v1/billing/auto-refill", owner.bearer(),
                Map.of("enabled", true, "bundle", "starter", "provider", "sandbox"));
        assertThat(configured.status()).as(configured.raw()).isEqualTo(200);

        debit(owner, "60");
        deliver();
        debit(owner, "10");
        deliver();
        deliver();

        assertThat(purchaseRows(owner)).as("one dip, one purchase, however often the job runs").isEqualTo(1);
        JsonNode alert = notifications(owner).get(0);
        assertThat(alert.at("/refill/state").asText()).isEqualTo("started");
        String purchaseId = alert.at("/refill/purchaseId").asText();
        assertThat(alert.get("mail").asText()).as("no SMTP server configured in tests").isEqualTo("skipped");
        JsonNode purchase = PurchaseSteps.purchase(owner, purchaseId);
        assertThat(purchase.get("bundle").asText()).isEqualTo("starter");
        assertThat(purchase.get("provider").asText()).isEqualTo("sandbox");

        // The sandbox's payer pays by itself: the tokens arrive and the wallet is above the threshold again.
        assertThat(PurchaseSteps.waitForStatus(owner, purchaseId, "PAID",
                java.time.Duration.ofSeconds(PaymentFakes.SANDBOX_SECONDS + 15))).isEqualTo("PAID");
        assertThat(PurchaseCredits.creditsFor(purchaseId)).isEqualTo(1);
        assertThat(Api.get("/api/v1/billing/wallet", owner.bearer()).json().get("available").decimalValue())
                .isEqualByComparingTo("130");
        assertThat(notifications(owner).get(0).get("recovered").asBoolean()).isTrue();

        debit(owner, "100");
        deliver();
        assertThat(purchaseRows(owner)).as("the next dip buys again").isEqualTo(2);
        assertThat(PurchaseCredits.creditedTo(owner.orgId())).isGreaterThanOrEqualTo(TokenAmount.ofTokens(200));
    }

    @Test
    void a_pending_refill_purchase_blocks_another_and_a_failed_start_is_recorded_on_the_alert() {
        Api.Session owner = organisationWith("Refill Pending Org", "100", "50");
        assertThat(Api.sendJson("PUT", "/api/v1/billing/auto-refill", owner.bearer(),
                Map.of("enabled", true, "bundle", "growth", "provider", "mpesa", "phone", "0712345678")).status()).isEqualTo(200);
        PaymentFakes.daraja();

        debit(owner, "60");
        deliver();
        assertThat(purchaseRows(owner)).isEqualTo(1);
        String firstPurchase = notifications(owner).get(0).at("/refill/purchaseId").asText();
        assertThat(PurchaseSteps.status(owner, firstPurchase)).as("the payer has not answered the prompt").isEqualTo("PENDING");

        credit(owner, "100");
        debit(owner, "100");
        deliver();
        assertThat(purchaseRows(owner)).as("the first refill is still waiting for its payment").isEqualTo(1);
        JsonNode blocked = notifications(owner).get(0);
        assertThat(blocked.at("/refill/state").asText()).isEqualTo("skipped");
        assertThat(blocked.at("/refill/reason").asText()).contains("still waiting");

        // With the bundle withdrawn from sale the purchase cannot start: the alert says why, and the audit trail too.
        TestPlatform.countAsSuperuser("with u as (update auto_refill_settings set provider = 'sandbox', payer_phone = null, "
                + "bundle_code = 'scale' where org_id = '" + owner.orgId() + "' returning 1) select count(*) from u");
        TestPlatform.countAsSuperuser("with u as (update purchases set status = 'CANCELLED', settled_at = now() where id = '"
                + firstPurchase + "' returning 1) select count(*) from u");
        TestPlatform.countAsSuperuser("with u as (update token_bundles set on_sale = false where code = 'scale' returning 1) "
                + "select count(*) from u");
        try {
            credit(owner, "100");
            debit(owner, "100");
            deliver();
        } finally {
            TestPlatform.countAsSuperuser("with u as (update token_bundles set on_sale = true where code = 'scale' returning 1) "
                    + "select count(*) from u");
        }
        JsonNode failed = notifications(owner).get(0);
        assertThat(failed.at("/refill/state").asText()).isEqualTo("failed");
        assertThat(failed.at("/refill/reason").asText()).contains("scale");
        assertThat(purchaseRows(owner)).isEqualTo(1);
        assertThat(auditRows(owner, "billing.auto_refill_failed")).isEqualTo(1);
    }
}

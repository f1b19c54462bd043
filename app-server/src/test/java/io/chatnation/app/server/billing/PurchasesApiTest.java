package io.chatnation.app.server.billing;

import static io.chatnation.app.server.billing.PurchaseSteps.bought;
import static io.chatnation.app.server.billing.PurchaseSteps.buy;
import static io.chatnation.app.server.billing.PurchaseSteps.member;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.app.server.Api;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The purchase API: what is on sale, bad input, who may buy and see, lists and single purchases, provider refusals. */
class PurchasesApiTest {

    @Test
    void the_bundles_on_sale_are_listed_with_their_prices_and_the_providers_offered() {
        Api.Session owner = Api.registerOrganisation("Bundles Org");
        Api.Response r = Api.get("/api/v1/billing/bundles", owner.bearer());
        assertThat(r.status()).isEqualTo(200);
        JsonNode bundles = r.json().get("data");
        assertThat(bundles).hasSize(4);
        assertThat(bundles.findValuesAsText("code")).containsExactly("starter", "growth", "business", "scale");
        assertThat(bundles.findValuesAsText("tokens")).containsExactly("100", "500", "2000", "10000");
        assertThat(bundles.get(0).get("prices").toString()).isEqualTo(
                "[{\"currency\":\"KES\",\"amount\":\"500.00\"},{\"currency\":\"USD\",\"amount\":\"4.00\"}]");
        assertThat(r.json().get("providers").findValuesAsText("code")).containsExactly("mpesa", "stripe", "sandbox");
        assertThat(r.json().at("/providers/0/needsPhone").asBoolean()).isTrue();
        assertThat(r.json().at("/providers/0/currencies").toString()).isEqualTo("[\"KES\"]");
        assertThat(r.json().get("defaultProvider").asText()).isEqualTo("mpesa");
    }

    @Test
    void bad_input_is_refused_naming_each_field_and_leaves_nothing_behind() {
        Api.Session owner = Api.registerOrganisation("Bad Input Purchases Org");

        Api.Response everythingWrong = buy(owner, Map.of("provider", "paypal", "phone", "12345", "currency", "EUR"));
        assertThat(everythingWrong.status()).isEqualTo(400);
        assertThat(everythingWrong.contentType()).isEqualTo("application/problem+json");
        assertThat(everythingWrong.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("bundle", "provider", "phone", "currency");

        assertField(buy(owner, Map.of("bundle", "gold", "provider", "sandbox")), "bundle", "starter, growth, business, scale");
        assertField(buy(owner, Map.of("bundle", "starter", "provider", "mpesa")), "phone", "M-Pesa");
        assertField(buy(owner, Map.of("bundle", "starter", "provider", "mpesa", "phone", "0712345678", "currency", "USD")),
                "currency", "does not take USD");
        assertField(buy(owner, Map.of("bundle", "Not A Code!", "provider", "stripe")), "bundle", "bundle code");
        assertThat(Api.sendJson("POST", "/api/v1/billing/purchase", owner.bearer(), "{not json").status()).isEqualTo(400);

        assertThat(PurchaseSteps.purchaseRows(owner)).isZero();
        assertThat(Api.get("/api/v1/audit-logs?action=purchase.", owner.bearer()).json().get("data")).isEmpty();
    }

    @Test
    void admins_see_purchases_but_only_billing_managers_buy_and_viewers_see_nothing() {
        Api.Session owner = Api.registerOrganisation("Billing Roles Org");
        Api.Session admin = member(owner, "ORG_ADMIN");
        Api.Session viewer = member(owner, "VIEWER");

        assertThat(Api.get("/api/v1/billing/bundles", admin.bearer()).status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/billing/purchases", admin.bearer()).status()).isEqualTo(200);
        assertThat(buy(admin, Map.of("bundle", "starter", "provider", "sandbox")).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/billing/bundles", viewer.bearer()).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/billing/purchases", viewer.bearer()).status()).isEqualTo(403);
        assertThat(buy(viewer, Map.of("bundle", "starter", "provider", "sandbox")).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/billing/bundles", null).status()).isEqualTo(401);
        assertThat(PurchaseSteps.purchaseRows(owner)).isZero();
    }

    @Test
    void purchases_are_listed_newest_first_with_a_cursor_and_shown_only_to_their_organisation() {
        Api.Session owner = Api.registerOrganisation("Purchase List Org");
        List<String> started = new java.util.ArrayList<>();
        for (String bundle : List.of("starter", "growth", "business")) {
            started.add(bought(owner, Map.of("bundle", bundle, "provider", "stripe")).get("id").asText());
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Response page = Api.get("/api/v1/billing/purchases?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), owner.bearer());
            assertThat(page.status()).isEqualTo(200);
            page.json().get("data").forEach(p -> seen.add(p.get("id").asText()));
            JsonNode next = page.json().at("/meta/cursor");
            cursor = next.isNull() ? null : next.asText();
            pages++;
        } while (cursor != null);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(started);
        assertThat(pages).isEqualTo(2);
        assertThat(Api.get("/api/v1/billing/purchases?limit=1", owner.bearer()).json().at("/data/0/id").asText())
                .isEqualTo(started.get(2));

        JsonNode one = PurchaseSteps.purchase(owner, started.get(1));
        assertThat(one.get("bundle").asText()).isEqualTo("growth");
        assertThat(one.get("amount").asText()).isEqualTo("17.50");
        assertThat(one.get("currency").asText()).isEqualTo("USD");
        assertThat(one.get("startedBy").asText()).isEqualTo(owner.userId());

        Api.Session stranger = Api.registerOrganisation("Other Purchase Org");
        assertThat(Api.get("/api/v1/billing/purchases/" + started.get(1), stranger.bearer()).status()).isEqualTo(404);
        assertThat(Api.get("/api/v1/billing/purchases", stranger.bearer()).json().get("data")).isEmpty();
        assertThat(Api.get("/api/v1/billing/purchases/" + UUID.randomUUID(), owner.bearer()).status()).isEqualTo(404);
        assertThat(Api.get("/api/v1/billing/purchases/not-an-id", owner.bearer()).status()).isEqualTo(400);
    }

    @Test
    void a_provider_refusal_answers_bad_gateway_and_the_failed_attempt_stays_on_record() {
        Api.Session owner = Api.registerOrganisation("Refused Push Org");
        PaymentFakes.daraja().refuseNextPush("Bad Request - Invalid PhoneNumber");
        Api.Response refused = buy(owner, Map.of("bundle", "starter", "provider", "mpesa", "phone", "0712345678"));
        assertThat(refused.status()).isEqualTo(502);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("type").asText()).endsWith("payment-provider-failed");
        assertThat(refused.json().get("detail").asText()).contains("Invalid PhoneNumber");

        JsonNode failed = Api.get("/api/v1/billing/purchases", owner.bearer()).json().at("/data/0");
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").asText()).isEqualTo("provider_refused");
        assertThat(PurchaseSteps.auditActions(owner, failed.get("id").asText())).containsExactly("purchase.started", "purchase.failed");
        assertThat(PurchaseCredits.creditedTo(owner.orgId()).isPositive()).isFalse();
    }

    private static void assertField(Api.Response r, String field, String message) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().at("/errors/0/field").asText()).isEqualTo(field);
        assertThat(r.json().at("/errors/0/message").asText()).contains(message);
    }
}

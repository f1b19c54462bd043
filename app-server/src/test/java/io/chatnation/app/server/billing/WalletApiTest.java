package io.chatnation.app.server.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import io.chatnation.app.server.jobs.ReservationExpiryJob;
import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.ModuleName;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.billing.in.CreditPurchasedTokens;
import io.chatnation.ports.billing.in.DebitTokens;
import io.chatnation.ports.billing.in.ReserveTokens;
import io.chatnation.ports.identity.in.ChangeMemberRole;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The billing API: wallets, sub-wallets, transfers, the ledger, usage, prices and adjustments, over HTTP. */
class WalletApiTest {

    @Test
    void a_new_organisation_has_an_empty_main_wallet_that_purchases_fill() {
        Api.Session owner = Api.registerOrganisation("Wallet Org");
        Api.Response empty = Api.get("/api/v1/billing/wallet", owner.bearer());
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("kind").asText()).isEqualTo("main");
        assertThat(empty.json().get("balance").decimalValue()).isEqualByComparingTo("0");

        buy(owner, "2000");
        reserve(owner, "150.5");

        JsonNode wallet = Api.get("/api/v1/billing/wallet", owner.bearer()).json();
        assertThat(wallet.get("balance").decimalValue()).isEqualByComparingTo("2000");
        assertThat(wallet.get("reserved").decimalValue()).isEqualByComparingTo("150.5");
        assertThat(wallet.get("available").decimalValue()).isEqualByComparingTo("1849.5");
        assertThat(wallet.get("balance").toString()).as("a plain number, not 2E+3").isEqualTo("2000");
        assertThat(wallet.get("belowThreshold").asBoolean()).isFalse();
    }

    @Test
    void tokens_move_between_wallets_once_per_idempotency_key() {
        Api.Session owner = Api.registerOrganisation("Transfer Org");
        buy(owner, "100");
        Api.Response opened = Api.post("/api/v1/billing/wallets", owner.bearer(), Map.of("name", "Nairobi Expo", "lowBalanceThreshold", 10));
        assertThat(opened.status()).isEqualTo(201);
        String expo = opened.json().get("id").asText();
        assertThat(Api.post("/api/v1/billing/wallets", owner.bearer(), Map.of("name", "nairobi expo")).status()).isEqualTo(409);
        String main = Api.get("/api/v1/billing/wallet", owner.bearer()).json().get("id").asText();

        Map<String, Object> move = Map.of("fromWalletId", main, "toWalletId", expo, "tokens", "60.25", "note", "Expo budget");
        Api.Response first = transfer(owner, move, "expo-budget-1");
        Api.Response again = transfer(owner, move, "expo-budget-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).contains("false");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(first.json().get("fromAvailable").decimalValue()).isEqualByComparingTo("39.75");
        JsonNode wallets = Api.get("/api/v1/billing/wallets", owner.bearer()).json().get("data");
        assertThat(wallets).hasSize(2);
        assertThat(wallets.get(0).get("kind").asText()).isEqualTo("main");
        assertThat(wallets.get(0).get("balance").decimalValue()).isEqualByComparingTo("39.75");
        assertThat(wallets.get(1).get("balance").decimalValue()).isEqualByComparingTo("60.25");

        Api.Response reused = transfer(owner, Map.of("fromWalletId", main, "toWalletId", expo, "tokens", 1), "expo-budget-1");
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.contentType()).isEqualTo("application/problem+json");
        assertThat(TestPlatform.countAsSuperuser("select count(*) from audit_logs where org_id = '" + owner.orgId()
                + "' and action in ('wallet.opened', 'wallet.transferred')")).isEqualTo(2);
    }

    @Test
    void spending_beyond_available_answers_402_with_what_was_required_and_available() {
        Api.Session owner = Api.registerOrganisation("Broke Org");
        buy(owner, "30");
        String expo = Api.post("/api/v1/billing/wallets", owner.bearer(), Map.of("name", "Expo")).json().get("id").asText();
        String main = Api.get("/api/v1/billing/wallet", owner.bearer()).json().get("id").asText();

        Api.Response refused = transfer(owner, Map.of("fromWalletId", main, "toWalletId", expo, "tokens", 50), null);

        assertThat(refused.status()).isEqualTo(402);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("type").asText()).endsWith("/insufficient-tokens");
        assertThat(problem.get("title").asText()).isEqualTo("Insufficient tokens");
        assertThat(problem.get("detail").asText()).isEqualTo("This needs 50 tokens but only 30 are available");
        assertThat(problem.get("required").decimalValue()).isEqualByComparingTo("50");
        assertThat(problem.get("available").decimalValue()).isEqualByComparingTo("30");
        assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/billing/transfers");
        assertThat(Api.get("/api/v1/billing/wallet", owner.bearer()).json().get("balance").decimalValue()).isEqualByComparingTo("30");
    }

    @Test
    void bad_amounts_and_ids_are_refused_with_the_field_that_is_wrong() {
        Api.Session owner = Api.registerOrganisation("Bad Input Org");
        buy(owner, "10");
        String expo = Api.post("/api/v1/billing/wallets", owner.bearer(), Map.of("name", "Expo")).json().get("id").asText();
        String main = Api.get("/api/v1/billing/wallet", owner.bearer()).json().get("id").asText();

        for (Object tokens : new Object[] {-5, 0, "0.000", "abc", "1.2345", "", true}) {
            Api.Response r = transfer(owner, Map.of("fromWalletId", main, "toWalletId", expo, "tokens", tokens), null);
            assertThat(r.status()).as("tokens %s", tokens).isEqualTo(400);
            assertThat(fields(r)).as("tokens %s", tokens).contains("tokens");
        }
        assertThat(fields(transfer(owner, Map.of("fromWalletId", "nope", "toWalletId", expo, "tokens", 1), null))).contains("fromWalletId");
        assertThat(fields(transfer(owner, Map.of("toWalletId", expo, "tokens", 1), null))).contains("fromWalletId");
        assertThat(fields(transfer(owner, Map.of("fromWalletId", main, "toWalletId", main, "tokens", 1), null))).contains("toWalletId");
        assertThat(fields(transfer(owner, Map.of("fromWalletId", main, "toWalletId", expo, "tokens", 1), "has spaces"))).contains("Idempotency-Key");
        assertThat(transfer(owner, Map.of("fromWalletId", main, "toWalletId", UUID.randomUUID().toString(), "tokens", 1), null).status())
                .isEqualTo(404);
        assertThat(fields(Api.post("/api/v1/billing/wallets", owner.bearer(), Map.of("name", "Main")))).contains("name");
        assertThat(fields(Api.post("/api/v1/billing/wallets", owner.bearer(), Map.of("name", "Events", "lowBalanceThreshold", -1))))
                .contains("lowBalanceThreshold");
        assertThat(fields(Api.sendJson("PATCH", "/api/v1/billing/wallets/" + expo, owner.bearer(), Map.of()))).contains("lowBalanceThreshold");
        assertThat(Api.get("/api/v1/billing/wallets/" + UUID.randomUUID(), owner.bearer()).status()).isEqualTo(404);
        assertThat(fields(Api.get("/api/v1/billing/wallets/not-an-id", owner.bearer()))).contains("walletId");
        assertThat(Api.get("/api/v1/billing/wallet", owner.bearer()).json().get("balance").decimalValue()).isEqualByComparingTo("10");
    }

    @Test
    void the_low_balance_threshold_is_set_per_wallet() {
        Api.Session owner = Api.registerOrganisation("Threshold Org");
        buy(owner, "40");
        String main = Api.get("/api/v1/billing/wallet", owner.bearer()).json().get("id").asText();
        Api.Response set = Api.patch("/api/v1/billing/wallets/" + main, owner.bearer(), Map.of("lowBalanceThreshold", "50"));
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("lowBalanceThreshold").decimalValue()).isEqualByComparingTo("50");
        assertThat(set.json().get("belowThreshold").asBoolean()).isTrue();
        assertThat(TestPlatform.countAsSuperuser("select count(*) from audit_logs where org_id = '" + owner.orgId()
                + "' and action = 'wallet.threshold_changed'")).isEqualTo(1);
    }

    @Test
    void the_ledger_pages_newest_first_with_filters_and_refuses_what_it_did_not_issue() {
        Api.Session owner = Api.registerOrganisation("Ledger Org");
        buy(owner, "100");
        for (int i = 0; i < 3; i++) {
            debit(owner, "1.5", BillableAction.HYPECARD_BASIC);
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Response page = Api.get("/api/v1/billing/transactions?limit=3" + (cursor == null ? "" : "&cursor=" + cursor), owner.bearer());
            assertThat(page.status()).isEqualTo(200);
            page.json().get("data").forEach(t -> assertThat(seen.add(t.get("id").asText())).isTrue());
            JsonNode next = page.json().at("/meta/cursor");
            cursor = next.isNull() ? null : next.asText();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(4);
        assertThat(pages).isEqualTo(2);

        JsonNode debits = Api.get("/api/v1/billing/transactions?type=debit&module=hypecards", owner.bearer()).json().get("data");
        assertThat(debits).hasSize(3);
        JsonNode oneDebit = debits.get(0);
        assertThat(oneDebit.get("amount").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(oneDebit.get("balanceChange").decimalValue()).isEqualByComparingTo("-1.5");
        assertThat(oneDebit.get("action").asText()).isEqualTo("hypecard_basic");
        assertThat(Api.get("/api/v1/billing/transactions?type=purchase", owner.bearer()).json().get("data")).hasSize(1);

        assertThat(fields(Api.get("/api/v1/billing/transactions?cursor=forged", owner.bearer()))).contains("cursor");
        assertThat(fields(Api.get("/api/v1/billing/transactions?type=gift", owner.bearer()))).contains("type");
        assertThat(fields(Api.get("/api/v1/billing/transactions?from=yesterday", owner.bearer()))).contains("from");
        assertThat(fields(Api.get("/api/v1/billing/transactions?limit=0", owner.bearer()))).contains("limit");
        assertThat(fields(Api.get("/api/v1/billing/transactions?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", owner.bearer())))
                .contains("from");
    }

    @Test
    void usage_adds_up_what_each_module_spent_per_day() {
        Api.Session owner = Api.registerOrganisation("Usage Org");
        buy(owner, "100");
        debit(owner, "2", BillableAction.HYPECARD_BASIC);
        debit(owner, "5", BillableAction.HYPECARD_AI_BACKGROUND);
        debit(owner, "5", BillableAction.HYPECARD_AI_BACKGROUND);
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        Api.Response usage = Api.get("/api/v1/billing/usage", owner.bearer());

        assertThat(usage.status()).isEqualTo(200);
        assertThat(usage.json().get("total").decimalValue()).isEqualByComparingTo("12");
        assertThat(usage.json().get("to").asText()).isEqualTo(today);
        JsonNode lines = usage.json().get("data");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("action").asText()).isEqualTo("hypecard_ai_background");
        assertThat(lines.get(0).get("tokens").decimalValue()).isEqualByComparingTo("10");
        assertThat(lines.get(0).get("entries").asInt()).isEqualTo(2);
        assertThat(lines.get(0).get("day").asText()).isEqualTo(today);
        assertThat(fields(Api.get("/api/v1/billing/usage?from=2026-13-01", owner.bearer()))).contains("from");
        assertThat(fields(Api.get("/api/v1/billing/usage?from=2024-01-01&to=2026-01-01", owner.bearer()))).contains("to");
        assertThat(fields(Api.get("/api/v1/billing/usage?from=2026-02-01&to=2026-01-01", owner.bearer()))).contains("to");
    }

    @Test
    void prices_are_read_by_billing_readers_and_set_only_by_the_platform() {
        Api.Session owner = Api.registerOrganisation("Price Org");
        Api.Session admin = platformAdminOf(owner);

        JsonNode prices = Api.get("/api/v1/billing/prices", owner.bearer()).json().get("data");
        assertThat(prices).hasSize(BillableAction.values().length);
        JsonNode send = prices.get(0);
        assertThat(send.get("action").asText()).isEqualTo("campaign_send");
        assertThat(send.get("tokens").decimalValue()).isEqualByComparingTo("3");
        assertThat(send.get("per").asLong()).isEqualTo(100);
        assertThat(send.get("unit").asText()).isEqualTo("recipients");

        assertThat(Api.sendJson("PUT", "/api/v1/billing/prices/campaign_send", owner.bearer(), Map.of("tokens", "1")).status())
                .isEqualTo(403);
        Api.Response set = Api.sendJson("PUT", "/api/v1/billing/prices/campaign_send", admin.bearer(), Map.of("tokens", 2.5));
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("overridden").asBoolean()).isTrue();
        assertThat(set.json().get("tokens").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(set.json().get("platformDefault").decimalValue()).isEqualByComparingTo("3");
        assertThat(Api.get("/api/v1/billing/prices", owner.bearer()).json().at("/data/0/tokens").decimalValue()).isEqualByComparingTo("2.5");

        assertThat(fields(Api.sendJson("PUT", "/api/v1/billing/prices/teleportation", admin.bearer(), Map.of("tokens", 1)))).contains("action");
        assertThat(fields(Api.sendJson("PUT", "/api/v1/billing/prices/broadcast", admin.bearer(), Map.of("tokens", -1)))).contains("tokens");
        assertThat(fields(Api.sendJson("PUT", "/api/v1/billing/prices/broadcast", admin.bearer(), Map.of()))).contains("tokens");

        Api.Response reset = Api.delete("/api/v1/billing/prices/campaign_send", admin.bearer());
        assertThat(reset.status()).isEqualTo(204);
        JsonNode campaignSend = null;
        for (JsonNode price : Api.get("/api/v1/billing/prices", owner.bearer()).json().get("data")) {
            if (price.get("action").asText().equals("campaign_send")) {
                campaignSend = price;
            }
        }
        assertThat(campaignSend).isNotNull();
        assertThat(campaignSend.get("overridden").asBoolean()).as("back on the platform default").isFalse();
        assertThat(TestPlatform.countAsSuperuser("select count(*) from audit_logs where org_id = '" + owner.orgId()
                + "' and action in ('price.overridden', 'price.reset')")).isEqualTo(2);
    }

    @Test
    void adjustments_are_for_platform_admins_need_a_reason_and_are_audited() {
        Api.Session owner = Api.registerOrganisation("Adjusted Org");
        Api.Session admin = platformAdminOf(owner);
        buy(owner, "10");

        assertThat(Api.post("/api/v1/billing/adjustments", owner.bearer(), Map.of("tokens", 100, "reason", "Free")).status()).isEqualTo(403);
        Api.Response added = Api.post("/api/v1/billing/adjustments", admin.bearer(), Map.of("tokens", "5.5", "reason", "Goodwill for outage"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("balance").decimalValue()).isEqualByComparingTo("15.5");
        assertThat(fields(Api.post("/api/v1/billing/adjustments", admin.bearer(), Map.of("tokens", 0, "reason", "x")))).contains("tokens");
        assertThat(fields(Api.post("/api/v1/billing/adjustments", admin.bearer(), Map.of("tokens", 1)))).contains("reason");
        Api.Response tooMuch = Api.post("/api/v1/billing/adjustments", admin.bearer(), Map.of("tokens", -16, "reason", "Chargeback"));
        assertThat(tooMuch.status()).isEqualTo(402);
        assertThat(tooMuch.json().get("available").decimalValue()).isEqualByComparingTo("15.5");
        assertThat(Api.get("/api/v1/billing/wallet", owner.bearer()).json().get("balance").decimalValue()).isEqualByComparingTo("15.5");
        assertThat(TestPlatform.countAsSuperuser("select count(*) from audit_logs where org_id = '" + owner.orgId()
                + "' and action = 'wallet.adjusted' and metadata->>'reason' = 'Goodwill for outage'")).isEqualTo(1);
    }

    @Test
    void each_role_gets_what_its_billing_permissions_allow() {
        Api.Session owner = Api.registerOrganisation("Roles Org");
        Api.Session orgAdmin = member(owner, Role.ORG_ADMIN);
        Api.Session eventManager = member(owner, Role.EVENT_MANAGER);
        String main = Api.get("/api/v1/billing/wallet", owner.bearer()).json().get("id").asText();

        assertThat(Api.get("/api/v1/billing/wallet", orgAdmin.bearer()).status()).as("billing:read").isEqualTo(200);
        assertThat(Api.get("/api/v1/billing/transactions", orgAdmin.bearer()).status()).isEqualTo(200);
        assertThat(Api.post("/api/v1/billing/wallets", orgAdmin.bearer(), Map.of("name", "Admin's")).status()).as("no billing:manage")
                .isEqualTo(403);
        assertThat(Api.patch("/api/v1/billing/wallets/" + main, orgAdmin.bearer(), Map.of("lowBalanceThreshold", 1)).status()).isEqualTo(403);
        for (String path : new String[] {"/api/v1/billing/wallet", "/api/v1/billing/wallets", "/api/v1/billing/transactions",
                "/api/v1/billing/usage", "/api/v1/billing/prices"}) {
            Api.Response denied = Api.get(path, eventManager.bearer());
            assertThat(denied.status()).as(path).isEqualTo(403);
            assertThat(denied.contentType()).isEqualTo("application/problem+json");
            assertThat(Api.get(path, null).status()).as(path + " anonymously").isEqualTo(401);
        }
    }

    @Test
    void an_organisation_cannot_reach_another_organisations_wallet() {
        Api.Session a = Api.registerOrganisation("Org A");
        Api.Session b = Api.registerOrganisation("Org B");
        buy(b, "70");
        String walletOfB = Api.get("/api/v1/billing/wallet", b.bearer()).json().get("id").asText();
        String walletOfA = Api.get("/api/v1/billing/wallet", a.bearer()).json().get("id").asText();

        assertThat(Api.get("/api/v1/billing/wallets/" + walletOfB, a.bearer()).status()).isEqualTo(404);
        assertThat(transfer(a, Map.of("fromWalletId", walletOfB, "toWalletId", walletOfA, "tokens", 70), null).status()).isEqualTo(404);
        assertThat(Api.get("/api/v1/billing/transactions?walletId=" + walletOfB, a.bearer()).json().get("data")).isEmpty();
        assertThat(Api.get("/api/v1/billing/wallet", b.bearer()).json().get("balance").decimalValue()).isEqualByComparingTo("70");
    }

    @Test
    void the_scheduled_expiry_gives_back_what_a_lapsed_reservation_held() throws InterruptedException {
        Api.Session owner = Api.registerOrganisation("Expiry Org");
        buy(owner, "20");
        TestPlatform.context().getBean(ReserveTokens.class).reserve(new ReserveTokens.Command(system(owner), Optional.empty(),
                TokenAmount.ofTokens(8), new ModuleName("surveys"), BillableAction.AI_INSIGHT_REPORT, Optional.empty(),
                IdempotencyKey.in("test", UUID.randomUUID()), Duration.ofSeconds(1)));
        assertThat(Api.get("/api/v1/billing/wallet", owner.bearer()).json().get("available").decimalValue()).isEqualByComparingTo("12");

        Thread.sleep(1_100);
        // The scheduled run may get there first; either way the same job has released it.
        TestPlatform.context().getBean(ReservationExpiryJob.class).run();

        JsonNode wallet = Api.get("/api/v1/billing/wallet", owner.bearer()).json();
        assertThat(wallet.get("available").decimalValue()).isEqualByComparingTo("20");
        assertThat(wallet.get("reserved").decimalValue()).isEqualByComparingTo("0");
        assertThat(Api.get("/api/v1/billing/transactions?type=release", owner.bearer()).json().at("/data/0/actorType").asText())
                .isEqualTo("system");
    }

    private static Caller system(Api.Session session) {
        return Caller.system(OrgId.of(session.orgId()), UUID.randomUUID());
    }

    private static void buy(Api.Session session, String tokens) {
        TestPlatform.context().getBean(CreditPurchasedTokens.class).credit(new CreditPurchasedTokens.Command(
                OrgId.of(session.orgId()), UUID.randomUUID(), TokenAmount.parse("tokens", tokens), "Test bundle"));
    }

    private static void reserve(Api.Session session, String tokens) {
        TestPlatform.context().getBean(ReserveTokens.class).reserve(new ReserveTokens.Command(system(session), Optional.empty(),
                TokenAmount.parse("tokens", tokens), new ModuleName("campaigns"), BillableAction.CAMPAIGN_SEND, Optional.empty(),
                IdempotencyKey.in("test", UUID.randomUUID()), Duration.ofMinutes(10)));
    }

    private static void debit(Api.Session session, String tokens, BillableAction action) {
        TestPlatform.context().getBean(DebitTokens.class).debit(new DebitTokens.Command(system(session), Optional.empty(),
                TokenAmount.parse("tokens", tokens), new ModuleName("hypecards"), action, Optional.empty(),
                IdempotencyKey.in("test", UUID.randomUUID()), null));
    }

    private static Api.Response transfer(Api.Session session, Map<String, Object> body, String idempotencyKey) {
        HttpRequest.Builder request = Api.builder("/api/v1/billing/transfers", session.bearer()).header("Content-Type", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            return Api.send(request.POST(HttpRequest.BodyPublishers.ofString(new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(body))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> fields(Api.Response r) {
        assertThat(r.status()).as(r.raw()).isEqualTo(400);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        Set<String> names = new HashSet<>();
        r.json().path("errors").forEach(e -> names.add(e.get("field").asText()));
        return names;
    }

    private static Api.Session member(Api.Session owner, Role role) {
        String email = Api.uniqueEmail(role.name().toLowerCase().replace('_', '-'));
        Api.Response added = Api.post("/api/v1/members", owner.bearer(), Map.of("email", email, "name", role.title(),
                "role", role == Role.PLATFORM_ADMIN ? "VIEWER" : role.name(), "password", Api.PASSWORD));
        assertThat(added.status()).isEqualTo(201);
        if (role == Role.PLATFORM_ADMIN) {
            // Only the platform (admin CLI) hands out Platform Admin: do what the CLI does.
            TestPlatform.context().getBean(ChangeMemberRole.class).change(new ChangeMemberRole.Command(system(owner),
                    new UserId(UUID.fromString(added.json().at("/member/id").asText())), Role.PLATFORM_ADMIN));
        }
        return Api.logIn(email, Api.PASSWORD);
    }

    private static Api.Session platformAdminOf(Api.Session owner) {
        return member(owner, Role.PLATFORM_ADMIN);
    }
}

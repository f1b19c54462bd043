package io.chatnation.app.server.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.ModuleName;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.CreditPurchasedTokens;
import io.chatnation.ports.billing.in.DebitTokens;
import io.chatnation.ports.billing.in.DeliverLowBalanceAlerts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Moving an organisation's tokens around its low-balance threshold, and reading what that raised. */
public final class AlertSteps {

    private AlertSteps() {}

    /** A new organisation whose main wallet holds {@code tokens} and warns below {@code threshold}. */
    public static Api.Session organisationWith(String name, String tokens, String threshold) {
        Api.Session owner = Api.registerOrganisation(name);
        credit(owner, tokens);
        String walletId = Api.get("/api/v1/billing/wallet", owner.bearer()).json().get("id").asText();
        Api.Response set = Api.patch("/api/v1/billing/wallets/" + walletId, owner.bearer(), Map.of("lowBalanceThreshold", threshold));
        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        return owner;
    }

    public static void credit(Api.Session session, String tokens) {
        TestPlatform.context().getBean(CreditPurchasedTokens.class).credit(new CreditPurchasedTokens.Command(
                OrgId.of(session.orgId()), UUID.randomUUID(), TokenAmount.parse("tokens", tokens), "Test bundle"));
    }

    public static void debit(Api.Session session, String tokens) {
        TestPlatform.context().getBean(DebitTokens.class).debit(new DebitTokens.Command(
                Caller.system(OrgId.of(session.orgId()), UUID.randomUUID()), Optional.empty(), TokenAmount.parse("tokens", tokens),
                new ModuleName("campaigns"), BillableAction.CAMPAIGN_SEND, Optional.empty(),
                IdempotencyKey.in("test", UUID.randomUUID()), null));
    }

    /** What the job does every few seconds, done now. */
    public static DeliverLowBalanceAlerts.Delivered deliver() {
        return TestPlatform.context().getBean(DeliverLowBalanceAlerts.class).deliver();
    }

    /** Every notification of the organisation, following the cursor. */
    public static List<JsonNode> notifications(Api.Session session) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response page = Api.get("/api/v1/notifications?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), session.bearer());
            assertThat(page.status()).as(page.raw()).isEqualTo(200);
            page.json().get("data").forEach(all::add);
            JsonNode next = page.json().at("/meta/cursor");
            cursor = next.isNull() || next.isMissingNode() ? null : next.asText();
        } while (cursor != null);
        return all;
    }

    public static long alertRows(Api.Session session) {
        return TestPlatform.countAsSuperuser("select count(*) from billing_alerts where org_id = '" + session.orgId() + "'");
    }

    public static long purchaseRows(Api.Session session) {
        return TestPlatform.countAsSuperuser("select count(*) from purchases where org_id = '" + session.orgId() + "'");
    }

    public static long auditRows(Api.Session session, String action) {
        return TestPlatform.countAsSuperuser("select count(*) from audit_logs where org_id = '" + session.orgId()
                + "' and action = '" + action + "'");
    }
}

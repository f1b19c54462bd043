package io.chatnation.app.server.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the purchase tests do over the API again and again. */
final class PurchaseSteps {

    private PurchaseSteps() {}

    static Api.Response buy(Api.Session session, Map<String, ?> body) {
        return Api.post("/api/v1/billing/purchase", session.bearer(), body);
    }

    static JsonNode bought(Api.Session session, Map<String, ?> body) {
        Api.Response r = buy(session, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    static JsonNode purchase(Api.Session session, String id) {
        Api.Response r = Api.get("/api/v1/billing/purchases/" + id, session.bearer());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static String status(Api.Session session, String id) {
        return purchase(session, id).get("status").asText();
    }

    /** The purchase's audit entries, oldest first. */
    static List<JsonNode> audit(Api.Session session, String purchaseId) {
        Api.Response r = Api.get("/api/v1/audit-logs?entityType=purchase&entityId=" + purchaseId + "&limit=100", session.bearer());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        r.json().get("data").forEach(entries::add);
        java.util.Collections.reverse(entries);
        return entries;
    }

    static List<String> auditActions(Api.Session session, String purchaseId) {
        return audit(session, purchaseId).stream().map(e -> e.get("action").asText()).toList();
    }

    static long purchaseRows(Api.Session session) {
        return TestPlatform.countAsSuperuser("select count(*) from purchases where org_id = '" + session.orgId() + "'");
    }

    static String waitForStatus(Api.Session session, String id, String wanted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        String status = status(session, id);
        while (!status.equals(wanted) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = status(session, id);
        }
        return status;
    }

    /** A member with the given role, signed in. */
    static Api.Session member(Api.Session owner, String role) {
        String email = Api.uniqueEmail(role.toLowerCase().replace('_', '-'));
        Api.Response r = Api.post("/api/v1/members", owner.bearer(), Map.of("email", email, "name", "Member", "role", role,
                "password", Api.PASSWORD));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return Api.logIn(email, Api.PASSWORD);
    }
}

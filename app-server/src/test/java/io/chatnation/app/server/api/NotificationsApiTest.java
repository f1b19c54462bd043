package io.chatnation.app.server.api;

import static io.chatnation.app.server.api.ProblemAssertions.assertFieldError;
import static io.chatnation.app.server.api.ProblemAssertions.assertProblem;
import static io.chatnation.app.server.billing.AlertSteps.credit;
import static io.chatnation.app.server.billing.AlertSteps.debit;
import static io.chatnation.app.server.billing.AlertSteps.notifications;
import static io.chatnation.app.server.billing.AlertSteps.organisationWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The notifications and auto-refill API: who may use it, and what it answers to bad input. */
class NotificationsApiTest {

    @Test
    void notifications_come_unread_first_then_newest_first_and_reading_one_moves_it_down() {
        Api.Session owner = organisationWith("Notify Order Org", "100", "50");
        for (int dip = 0; dip < 3; dip++) {
            debit(owner, "60");
            credit(owner, "60");
        }
        List<JsonNode> all = notifications(owner);
        assertThat(all).hasSize(3);
        String oldest = all.get(2).get("id").asText();

        Api.Response read = Api.post("/api/v1/notifications/" + oldest + "/read", owner.bearer(), Map.of());
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        assertThat(read.json().get("read").asBoolean()).isTrue();
        String newest = all.get(0).get("id").asText();
        assertThat(Api.post("/api/v1/notifications/" + newest + "/read", owner.bearer(), Map.of()).status()).isEqualTo(200);
        assertThat(Api.post("/api/v1/notifications/" + newest + "/read", owner.bearer(), Map.of()).status())
                .as("reading twice is harmless").isEqualTo(200);

        List<JsonNode> after = notifications(owner);
        assertThat(after).extracting(n -> n.get("id").asText())
                .containsExactly(all.get(1).get("id").asText(), newest, oldest);
        assertThat(after).extracting(n -> n.get("read").asBoolean()).containsExactly(false, true, true);
        assertThat(TestPlatform.countAsSuperuser("select count(*) from audit_logs where org_id = '" + owner.orgId()
                + "' and action = 'notification.read'")).as("once per notification, not per click").isEqualTo(2);
    }

    @Test
    void notifications_are_for_billing_readers_of_their_own_organisation() {
        Api.Session owner = organisationWith("Notify Access Org", "100", "50");
        debit(owner, "60");
        String id = notifications(owner).get(0).get("id").asText();

        assertThat(Api.get("/api/v1/notifications", member(owner, "ORG_ADMIN").bearer()).status()).isEqualTo(200);
        Api.Session eventManager = member(owner, "EVENT_MANAGER");
        assertProblem(Api.get("/api/v1/notifications", eventManager.bearer()), 403);
        assertProblem(Api.post("/api/v1/notifications/" + id + "/read", eventManager.bearer(), Map.of()), 403);
        assertThat(Api.get("/api/v1/notifications", null).status()).isEqualTo(401);

        Api.Session stranger = Api.registerOrganisation("Notify Stranger Org");
        assertThat(Api.get("/api/v1/notifications", stranger.bearer()).json().get("data")).isEmpty();
        assertProblem(Api.post("/api/v1/notifications/" + id + "/read", stranger.bearer(), Map.of()), 404);
        assertThat(notifications(owner).get(0).get("read").asBoolean()).as("the stranger changed nothing").isFalse();
    }

    @Test
    void bad_notification_requests_name_the_field() {
        Api.Session owner = Api.registerOrganisation("Notify Bad Input Org");
        assertFieldError(Api.get("/api/v1/notifications?limit=0", owner.bearer()), "limit", "between 1 and 100");
        assertFieldError(Api.get("/api/v1/notifications?limit=101", owner.bearer()), "limit", "between 1 and 100");
        assertFieldError(Api.get("/api/v1/notifications?cursor=bm90LWEtY3Vyc29y", owner.bearer()), "cursor", "not a cursor");
        assertFieldError(Api.post("/api/v1/notifications/not-a-uuid/read", owner.bearer(), Map.of()), "notificationId", "");
        assertProblem(Api.post("/api/v1/notifications/" + UUID.randomUUID() + "/read", owner.bearer(), Map.of()), 404);
    }

    @Test
    void auto_refill_is_set_by_billing_managers_audited_and_shown_with_the_phone_masked() {
        Api.Session owner = Api.registerOrganisation("Refill Settings Org");
        assertProblem(Api.get("/api/v1/billing/auto-refill", owner.bearer()), 404);

        Api.Response set = Api.sendJson("PUT", "/api/v1/billing/auto-refill", owner.bearer(),
                Map.of("enabled", true, "bundle", "growth", "provider", "mpesa", "phone", "+254 712 345 678"));
        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        JsonNode shown = Api.get("/api/v1/billing/auto-refill", owner.bearer()).json();
        assertThat(shown.get("enabled").asBoolean()).isTrue();
        assertThat(shown.get("bundle").asText()).isEqualTo("growth");
        assertThat(shown.get("provider").asText()).isEqualTo("mpesa");
        assertThat(shown.get("phone").asText()).isEqualTo("254712***678");

        Api.Response off = Api.sendJson("PUT", "/api/v1/billing/auto-refill", owner.bearer(),
                Map.of("enabled", false, "bundle", "starter", "provider", "sandbox"));
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().get("phone").isNull()).as("the sandbox prompts no phone").isTrue();
        assertThat(TestPlatform.countAsSuperuser("select count(*) from audit_logs where org_id = '" + owner.orgId()
                + "' and action = 'billing.auto_refill_configured' and after_state->>'phone' is null and before_state->>'phone' = '254712***678'"))
                .isEqualTo(1);

        Api.Session admin = member(owner, "ORG_ADMIN");
        assertThat(Api.get("/api/v1/billing/auto-refill", admin.bearer()).status()).isEqualTo(200);
        assertProblem(Api.sendJson("PUT", "/api/v1/billing/auto-refill", admin.bearer(),
                Map.of("enabled", true, "bundle", "starter", "provider", "sandbox")), 403);
        assertThat(Api.get("/api/v1/billing/auto-refill", owner.bearer()).json().get("enabled").asBoolean())
                .as("the refused change changed nothing").isFalse();
    }

    @Test
    void bad_auto_refill_settings_name_the_field_and_change_nothing() {
        Api.Session owner = Api.registerOrganisation("Refill Bad Input Org");
        Map<String, Object> good = Map.of("enabled", true, "bundle", "starter", "provider", "sandbox");

        assertFieldError(put(owner, with(good, "enabled", "yes")), "enabled", "true or false");
        assertFieldError(put(owner, without(good, "enabled")), "enabled", "true or false");
        assertFieldError(put(owner, with(good, "bundle", "platinum")), "bundle", "unknown bundle");
        assertFieldError(put(owner, with(good, "bundle", "NOT A CODE!")), "bundle", "bundle code");
        assertFieldError(put(owner, with(good, "provider", "paypal")), "provider", "unknown payment provider");
        assertFieldError(put(owner, with(good, "provider", "stripe")), "provider", "checkout page");
        assertFieldError(put(owner, with(good, "provider", "mpesa")), "phone", "required");
        assertFieldError(put(owner, with(with(good, "provider", "mpesa"), "phone", "12345")), "phone", "Kenyan mobile number");
        assertProblem(Api.get("/api/v1/billing/auto-refill", owner.bearer()), 404);
        assertThat(TestPlatform.countAsSuperuser("select count(*) from audit_logs where org_id = '" + owner.orgId()
                + "' and action = 'billing.auto_refill_configured'")).isZero();
    }

    private static Api.Response put(Api.Session session, Map<String, Object> body) {
        return Api.sendJson("PUT", "/api/v1/billing/auto-refill", session.bearer(), body);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.remove(field);
        return changed;
    }

    private static Api.Session member(Api.Session owner, String role) {
        String email = Api.uniqueEmail(role.toLowerCase().replace('_', '-'));
        Api.Response r = Api.post("/api/v1/members", owner.bearer(), Map.of("email", email, "name", "Member", "role", role,
                "password", Api.PASSWORD));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return Api.logIn(email, Api.PASSWORD);
    }
}

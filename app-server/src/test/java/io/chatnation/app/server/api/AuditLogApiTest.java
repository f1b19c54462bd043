package io.chatnation.app.server.api;

import static io.chatnation.app.server.api.ProblemAssertions.assertFieldError;
import static io.chatnation.app.server.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.identity.in.ChangeMemberRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /api/v1/audit-logs: who may read it, its filters, its cursor pages, and bad filter values. */
class AuditLogApiTest {

    private static Api.Session owner;
    private static String memberId;
    private static Instant registeredAt;

    /** An organisation with a small history: registered, two members added, one removed, renamed twice. */
    @BeforeAll
    static void anOrganisationWithAHistory() {
        owner = Api.registerOrganisation("Audited Org");
        registeredAt = Instant.now();
        memberId = add(owner, "EVENT_MANAGER");
        String leaving = add(owner, "VIEWER");
        assertThat(Api.delete("/api/v1/members/" + leaving, owner.bearer()).status()).isEqualTo(204);
        assertThat(Api.patch("/api/v1/organization", owner.bearer(), Map.of("name", "Audited Org 2")).status()).isEqualTo(200);
        assertThat(Api.patch("/api/v1/organization", owner.bearer(), Map.of("name", "Audited Org 3")).status()).isEqualTo(200);
    }

    @Test
    void an_owner_reads_the_whole_trail_newest_first_in_the_list_shape() {
        Api.Response r = Api.get("/api/v1/audit-logs", owner.bearer());
        assertThat(r.status()).isEqualTo(200);
        JsonNode data = r.json().path("data");
        assertThat(actions(data)).containsExactly("organization.renamed", "organization.renamed", "member.removed",
                "member.added", "member.added", "member.registered", "organization.created");
        assertThat(r.json().at("/meta/cursor").isNull()).as("one page holds it all").isTrue();
        assertThat(r.json().at("/meta/limit").asInt()).isEqualTo(20);
        for (JsonNode entry : data) {
            assertThat(entry.path("organizationId").asText()).isEqualTo(owner.orgId());
            assertThat(entry.path("id").asText()).isNotBlank();
            assertThat(Instant.parse(entry.path("occurredAt").asText())).isBefore(Instant.now().plusSeconds(1));
        }
        JsonNode renamed = data.get(0);
        assertThat(renamed.at("/before/name").asText()).isEqualTo("Audited Org 2");
        assertThat(renamed.at("/after/name").asText()).isEqualTo("Audited Org 3");
        assertThat(renamed.path("actorId").asText()).isEqualTo(owner.userId());
        assertThat(renamed.path("actorType").asText()).isEqualTo("user");
        assertThat(renamed.path("entityType").asText()).isEqualTo("organization");
        assertThat(renamed.path("ipAddress").asText()).startsWith("203.0.");
    }

    @Test
    void filters_by_action_prefix_actor_entity_and_time() {
        assertThat(actions(list("action=member."))).containsExactly("member.removed", "member.added", "member.added",
                "member.registered");
        assertThat(actions(list("action=organization.renamed"))).hasSize(2);
        assertThat(actions(list("action=nothing.like.this"))).isEmpty();

        JsonNode byEntity = list("entityType=user&entityId=" + memberId);
        assertThat(actions(byEntity)).containsExactly("member.added");
        assertThat(byEntity.get(0).at("/after/roles/0").asText()).isEqualTo("EVENT_MANAGER");

        assertThat(actions(list("actorId=" + owner.userId()))).hasSize(7);
        assertThat(actions(list("actorId=" + UUID.randomUUID()))).isEmpty();
        assertThat(actions(list("entityType=organization"))).containsExactly("organization.renamed", "organization.renamed",
                "organization.created");

        String later = Instant.now().plusSeconds(3600).toString();
        String earlier = registeredAt.minusSeconds(3600).toString();
        assertThat(actions(list("from=" + later))).isEmpty();
        assertThat(actions(list("to=" + earlier))).isEmpty();
        assertThat(actions(list("from=" + earlier + "&to=" + later))).hasSize(7);
        assertThat(actions(list("from=" + earlier + "&to=" + later + "&action=organization.&actorId=" + owner.userId())))
                .containsExactly("organization.renamed", "organization.renamed", "organization.created");
    }

    @Test
    void pages_follow_the_cursor_until_it_is_null_without_repeats() {
        List<String> ids = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Response page = Api.get("/api/v1/audit-logs?limit=3" + (cursor == null ? "" : "&cursor=" + cursor), owner.bearer());
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            assertThat(page.json().at("/meta/limit").asInt()).isEqualTo(3);
            assertThat(page.json().path("data").size()).isBetween(1, 3);
            for (JsonNode e : page.json().path("data")) {
                ids.add(e.path("id").asText());
                times.add(Instant.parse(e.path("occurredAt").asText()));
            }
            JsonNode next = page.json().at("/meta/cursor");
            cursor = next.isNull() ? null : URLEncoder.encode(next.asText(), StandardCharsets.UTF_8);
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(7);
        assertThat(new HashSet<>(ids)).hasSize(7);
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i)).isBeforeOrEqualTo(times.get(i - 1));
        }
        JsonNode filtered = Api.get("/api/v1/audit-logs?limit=1&action=member.", owner.bearer()).json();
        String next = URLEncoder.encode(filtered.at("/meta/cursor").asText(), StandardCharsets.UTF_8);
        assertThat(actions(Api.get("/api/v1/audit-logs?limit=10&action=member.&cursor=" + next, owner.bearer()).json().path("data")))
                .as("the filter holds across pages").containsExactly("member.added", "member.added", "member.registered");
    }

    @Test
    void bad_filter_values_are_400_problems_naming_the_parameter() {
        assertFieldError(get("cursor=garbage"), "cursor", "not a cursor this API issued");
        assertFieldError(get("cursor=" + "A".repeat(600)), "cursor", "not a cursor this API issued");
        assertFieldError(get("limit=0"), "limit", "between 1 and 100");
        assertFieldError(get("limit=10000"), "limit", "between 1 and 100");
        assertFieldError(get("limit=-5"), "limit", "between 1 and 100");
        assertFieldError(get("limit=many"), "limit", "must be a whole number");
        assertFieldError(get("from=yesterday"), "from", "ISO-8601");
        assertFieldError(get("to=2026-13-45T00:00:00Z"), "to", "ISO-8601");
        assertFieldError(get("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"), "from", "must not be after 'to'");
        assertFieldError(get("actorId=me"), "actorId", "is not a valid id");
        assertFieldError(get("entityId=42"), "entityId", "is not a valid id");
        assertFieldError(get("organizationId=acme"), "organizationId", "is not a valid id");
        assertFieldError(get("action=" + "a".repeat(101)), "action", "at most 100 characters");

        JsonNode several = assertProblem(get("actorId=me&from=soon&limit=0"), 400);
        assertThat(ProblemAssertions.fields(several)).containsExactlyInAnyOrder("actorId", "from", "limit");
    }

    @Test
    void only_owners_and_platform_admins_read_it_and_only_their_own_organisation() {
        assertProblem(Api.get("/api/v1/audit-logs", null), 401);
        Api.Session stranger = Api.registerOrganisation("Stranger Org");
        Api.Session admin = Api.logIn(emailOf(add(stranger, "ORG_ADMIN")), Api.PASSWORD);
        assertProblem(Api.get("/api/v1/audit-logs", admin.bearer()), 403);

        assertProblem(Api.get("/api/v1/audit-logs?organizationId=" + owner.orgId(), stranger.bearer()), 403);
        assertThat(Api.get("/api/v1/audit-logs", stranger.bearer()).json().path("data"))
                .allSatisfy(e -> assertThat(e.path("organizationId").asText()).isEqualTo(stranger.orgId()));
    }

    @Test
    void a_platform_admin_reads_another_organisation_and_that_read_is_audited_there() {
        Api.Session platform = Api.registerOrganisation("Platform Operator Org");
        String operatorId = add(platform, "VIEWER");
        // Only the platform (admin CLI) hands out Platform Admin: do what the CLI does.
        TestPlatform.context().getBean(ChangeMemberRole.class).change(new ChangeMemberRole.Command(
                Caller.system(OrgId.of(platform.orgId()), UUID.randomUUID()), new UserId(UUID.fromString(operatorId)),
                Role.PLATFORM_ADMIN));
        Api.Session operator = Api.logIn(emailOf(operatorId), Api.PASSWORD);

        Api.Session tenant = Api.registerOrganisation("Visited Org");
        Api.Response visit = Api.get("/api/v1/audit-logs?organizationId=" + tenant.orgId(), operator.bearer());
        assertThat(visit.status()).as("%s", visit).isEqualTo(200);
        assertThat(actions(visit.json().path("data"))).contains("member.registered", "organization.created");
        assertThat(visit.json().path("data"))
                .allSatisfy(e -> assertThat(e.path("organizationId").asText()).isEqualTo(tenant.orgId()));

        JsonNode trace = Api.get("/api/v1/audit-logs?action=platform.audit_read", tenant.bearer()).json().path("data");
        assertThat(trace).hasSize(1);
        assertThat(trace.get(0).path("actorId").asText()).isEqualTo(operatorId);
        assertThat(trace.get(0).at("/metadata/adminOrgId").asText()).isEqualTo(platform.orgId());
    }

    private static Api.Response get(String query) {
        return Api.get("/api/v1/audit-logs?" + query, owner.bearer());
    }

    private static JsonNode list(String query) {
        Api.Response r = get(query);
        assertThat(r.status()).as("%s → %s", query, r).isEqualTo(200);
        return r.json().path("data");
    }

    private static List<String> actions(JsonNode data) {
        List<String> actions = new ArrayList<>();
        data.forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }

    private static final Map<String, String> EMAILS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String add(Api.Session to, String role) {
        String email = Api.uniqueEmail(role.toLowerCase().replace('_', '-'));
        Api.Response r = Api.post("/api/v1/members", to.bearer(), Map.of("email", email, "name", "Member", "role", role,
                "password", Api.PASSWORD));
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        String id = r.json().at("/member/id").asText();
        EMAILS.put(id, email);
        return id;
    }

    private static String emailOf(String memberId) {
        return EMAILS.get(memberId);
    }
}

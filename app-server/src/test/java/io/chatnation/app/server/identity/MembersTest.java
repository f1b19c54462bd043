package io.chatnation.app.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import io.chatnation.domain.identity.PlainPassword;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Role;
import io.chatnation.ports.identity.in.AddMember;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Team management: invite or add with a role, change role, scoped grants, removal, and the last-owner rule. */
class MembersTest {

    @Test
    void an_invited_member_accepts_with_a_password_and_signs_in_with_their_role() {
        Api.Session owner = Api.registerOrganisation("Invite Org");
        String email = Api.uniqueEmail("invitee");
        Api.Response invited = Api.post("/api/v1/members", owner.bearer(), Map.of("email", email, "name", "Wanjiku", "role", "EVENT_MANAGER"));
        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.json().at("/member/status").asText()).isEqualTo("INVITED");
        String token = invited.json().at("/invitationToken").asText();
        assertThat(token).hasSize(43);

        assertThat(Api.post("/api/v1/auth/login", null, Map.of("email", email, "password", Api.PASSWORD)).status())
                .as("no password before accepting").isEqualTo(401);
        Api.Response accepted = Api.post("/api/v1/auth/accept-invitation", null, Map.of("token", token, "password", Api.PASSWORD));
        assertThat(accepted.status()).isEqualTo(200);
        Api.Response me = Api.get("/api/v1/auth/me", "Bearer " + accepted.json().get("accessToken").asText());
        assertThat(me.json().at("/user/status").asText()).isEqualTo("ACTIVE");
        assertThat(me.json().at("/roles/0").asText()).isEqualTo("EVENT_MANAGER");
        assertThat(Api.post("/api/v1/auth/accept-invitation", null, Map.of("token", token, "password", Api.PASSWORD)).status())
                .as("an invitation works once").isEqualTo(401);
    }

    @Test
    void the_members_list_pages_with_a_cursor_oldest_first() {
        Api.Session owner = Api.registerOrganisation("Paging Org");
        for (int i = 0; i < 4; i++) {
            assertThat(Api.post("/api/v1/members", owner.bearer(), Map.of("email", Api.uniqueEmail("m" + i), "name", "Member " + i,
                    "role", "VIEWER", "password", Api.PASSWORD)).status()).isEqualTo(201);
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Response page = Api.get("/api/v1/members?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), owner.bearer());
            assertThat(page.status()).isEqualTo(200);
            for (JsonNode m : page.json().get("data")) {
                assertThat(seen.add(m.get("id").asText())).isTrue();
            }
            JsonNode next = page.json().at("/meta/cursor");
            cursor = next.isNull() ? null : next.asText();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(5);
        assertThat(pages).isEqualTo(3);
        assertThat(Api.get("/api/v1/members?limit=1", owner.bearer()).json().at("/data/0/id").asText()).isEqualTo(owner.userId());
    }

    @Test
    void an_organisation_always_keeps_an_owner() {
        Api.Session owner = Api.registerOrganisation("Last Owner Org");
        Api.Response demote = Api.patch("/api/v1/members/" + owner.userId(), owner.bearer(), Map.of("role", "ORG_ADMIN"));
        assertThat(demote.status()).isEqualTo(422);
        assertThat(demote.contentType()).isEqualTo("application/problem+json");
        assertThat(demote.json().get("type").asText()).endsWith("organisationKeepsAnOwner");
        assertThat(Api.delete("/api/v1/members/" + owner.userId(), owner.bearer()).status()).isEqualTo(422);

        String second = addMember(owner, "ORG_OWNER");
        assertThat(Api.patch("/api/v1/members/" + owner.userId(), owner.bearer(), Map.of("role", "ORG_ADMIN")).status()).isEqualTo(200);
        Api.Response lastOwnerNow = Api.delete("/api/v1/members/" + second, Api.logIn(emailOf(owner, second), Api.PASSWORD).bearer());
        assertThat(lastOwnerNow.status()).isEqualTo(422);
    }

    @Test
    void an_invitation_nobody_accepted_does_not_count_as_the_remaining_owner() {
        Api.Session owner = Api.registerOrganisation("Invited Owner Org");
        Api.Response invited = Api.post("/api/v1/members", owner.bearer(),
                Map.of("email", Api.uniqueEmail("invited-owner"), "name", "Not Yet", "role", "ORG_OWNER"));
        assertThat(invited.json().at("/member/status").asText()).isEqualTo("INVITED");
        Api.Response demote = Api.patch("/api/v1/members/" + owner.userId(), owner.bearer(), Map.of("role", "ORG_ADMIN"));
        assertThat(demote.status()).isEqualTo(422);
        assertThat(Api.delete("/api/v1/members/" + owner.userId(), owner.bearer()).status()).isEqualTo(422);
    }

    @Test
    void an_organisation_cannot_demote_or_remove_the_platform_admin_supporting_it() {
        Api.Session owner = Api.registerOrganisation("Supported Org");
        OrgId org = OrgId.of(owner.orgId());
        String operatorId = TestPlatform.context().getBean(AddMember.class).add(new AddMember.Command(
                Caller.system(org, UUID.randomUUID()), new EmailAddress(Api.uniqueEmail("operator")), new DisplayName("Operator"),
                Role.PLATFORM_ADMIN, Optional.of(PlainPassword.of("password", Api.PASSWORD)))).member().id().value().toString();

        Api.Response demote = Api.patch("/api/v1/members/" + operatorId, owner.bearer(), Map.of("role", "VIEWER"));
        assertThat(demote.status()).isEqualTo(403);
        assertThat(demote.json().get("detail").asText()).contains("Platform Admin");
        assertThat(Api.delete("/api/v1/members/" + operatorId, owner.bearer()).status()).isEqualTo(403);
        assertThat(TestPlatform.countAsSuperuser("select count(*) from user_roles where user_id = '" + operatorId
                + "' and role_key = 'PLATFORM_ADMIN'")).isEqualTo(1);
    }

    @Test
    void a_viewer_posting_members_is_refused_before_any_password_is_hashed() {
        Api.Session owner = Api.registerOrganisation("Viewer Post Org");
        String viewerId = addMember(owner, "VIEWER");
        Api.Session viewer = Api.logIn(emailOf(owner, viewerId), Api.PASSWORD);
        assertThat(Api.post("/api/v1/members", viewer.bearer(), Map.of("email", Api.uniqueEmail("x"), "name", "X",
                "role", "VIEWER", "password", Api.PASSWORD)).status()).isEqualTo(403);
        assertThat(TestPlatform.countAsSuperuser("select count(*) from users where org_id = '" + owner.orgId() + "'")).isEqualTo(2);
    }

    @Test
    void an_admin_cannot_make_owners_or_platform_admins() {
        Api.Session owner = Api.registerOrganisation("Admin Limits Org");
        String adminId = addMember(owner, "ORG_ADMIN");
        Api.Session admin = Api.logIn(emailOf(owner, adminId), Api.PASSWORD);
        String viewer = addMember(owner, "VIEWER");
        assertThat(Api.patch("/api/v1/members/" + viewer, admin.bearer(), Map.of("role", "ORG_OWNER")).status()).isEqualTo(403);
        assertThat(Api.patch("/api/v1/members/" + viewer, admin.bearer(), Map.of("role", "PLATFORM_ADMIN")).status()).isEqualTo(403);
        assertThat(Api.patch("/api/v1/members/" + viewer, owner.bearer(), Map.of("role", "PLATFORM_ADMIN")).status()).isEqualTo(403);
        assertThat(Api.patch("/api/v1/members/" + owner.userId(), admin.bearer(), Map.of("role", "VIEWER")).status()).isEqualTo(403);
        assertThat(Api.patch("/api/v1/members/" + viewer, admin.bearer(), Map.of("role", "CONTENT_MANAGER")).status()).isEqualTo(200);
    }

    @Test
    void a_removed_member_loses_access_at_once_and_the_removal_is_audited() {
        Api.Session owner = Api.registerOrganisation("Removal Org");
        String memberId = addMember(owner, "CONTENT_MANAGER");
        Api.Session member = Api.logIn(emailOf(owner, memberId), Api.PASSWORD);
        assertThat(Api.get("/api/v1/members", member.bearer()).status()).isEqualTo(200);

        assertThat(Api.delete("/api/v1/members/" + memberId, owner.bearer()).status()).isEqualTo(204);
        assertThat(Api.get("/api/v1/members", member.bearer()).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/auth/me", member.bearer()).status()).isEqualTo(401);
        assertThat(Api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", member.refreshToken())).status()).isEqualTo(401);
        assertThat(Api.delete("/api/v1/members/" + memberId, owner.bearer()).status()).isEqualTo(404);
        JsonNode entry = Api.get("/api/v1/audit-logs?action=member.removed", owner.bearer()).json().at("/data/0");
        assertThat(entry.get("entityId").asText()).isEqualTo(memberId);
        assertThat(entry.at("/before/roles/0").asText()).isEqualTo("CONTENT_MANAGER");
        assertThat(entry.get("after").isNull()).isTrue();
    }

    @Test
    void a_scoped_grant_gives_a_role_for_one_entity_and_can_be_withdrawn() {
        Api.Session owner = Api.registerOrganisation("Grant Org");
        String surveyManager = addMember(owner, "SURVEY_MANAGER");
        String exhibitor = UUID.randomUUID().toString();
        Api.Response granted = Api.post("/api/v1/members/" + surveyManager + "/grants", owner.bearer(),
                Map.of("role", "EXHIBITOR_ADMIN", "module", "exhibitors", "entityId", exhibitor));
        assertThat(granted.status()).isEqualTo(201);
        assertThat(Api.post("/api/v1/members/" + surveyManager + "/grants", owner.bearer(),
                Map.of("role", "EXHIBITOR_ADMIN", "module", "exhibitors", "entityId", exhibitor)).status()).as("twice").isEqualTo(409);
        assertThat(Api.post("/api/v1/members/" + surveyManager + "/grants", owner.bearer(),
                Map.of("role", "ORG_OWNER", "module", "exhibitors", "entityId", exhibitor)).status()).isEqualTo(422);

        Api.Session member = Api.logIn(emailOf(owner, surveyManager), Api.PASSWORD);
        JsonNode grants = Api.get("/api/v1/auth/me", member.bearer()).json().at("/user/grants");
        assertThat(grants).hasSize(1);
        assertThat(grants.get(0).get("entityId").asText()).isEqualTo(exhibitor);
        assertThat(grants.get(0).get("role").asText()).isEqualTo("EXHIBITOR_ADMIN");
        assertThat(Api.get("/api/v1/auth/me", member.bearer()).json().at("/roles").toString()).isEqualTo("[\"SURVEY_MANAGER\"]");

        String grantId = granted.json().get("id").asText();
        assertThat(Api.delete("/api/v1/members/" + surveyManager + "/grants/" + grantId, owner.bearer()).status()).isEqualTo(204);
        assertThat(Api.get("/api/v1/auth/me", member.bearer()).json().at("/user/grants")).isEmpty();
        assertThat(TestPlatform.countAsSuperuser("select count(*) from audit_logs where org_id = '" + owner.orgId()
                + "' and action in ('member.grant_added', 'member.grant_revoked')")).isEqualTo(2);
    }

    @Test
    void one_email_belongs_to_one_account_across_the_platform() {
        Api.Session first = Api.registerOrganisation("First Org");
        Api.Session other = Api.registerOrganisation("Other Org");
        Api.Response taken = Api.post("/api/v1/members", other.bearer(), Map.of("email", first.email(), "name", "Dup", "role", "VIEWER"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(TestPlatform.countAsSuperuser("select count(*) from users where email = '" + first.email() + "'")).isEqualTo(1);
    }

    @Test
    void api_keys_authenticate_by_header_or_bearer_within_their_scopes_until_revoked() {
        Api.Session owner = Api.registerOrganisation("Key Org");
        Api.Response created = Api.post("/api/v1/api-keys", owner.bearer(), Map.of("name", "Zapier", "scopes", List.of("org:read", "members:read")));
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().get("secret").asText();
        String keyId = created.json().at("/key/id").asText();
        assertThat(secret).startsWith("cn_" + created.json().at("/key/prefix").asText() + "_");
        assertThat(TestPlatform.countAsSuperuser("select count(*) from api_keys where secret_digest like '%" + secret.substring(16) + "%'"))
                .as("the secret is stored only as a digest").isZero();

        assertThat(Api.get("/api/v1/members", secret).status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/members", "Bearer " + secret).status()).isEqualTo(200);
        Api.Response me = Api.get("/api/v1/auth/me", secret);
        assertThat(me.json().get("actorType").asText()).isEqualTo("api");
        assertThat(me.json().get("user").isNull()).isTrue();
        assertThat(Api.post("/api/v1/members", secret, Map.of("email", Api.uniqueEmail("k"), "name", "K", "role", "VIEWER")).status())
                .as("outside its scopes").isEqualTo(403);
        assertThat(Api.get("/api/v1/api-keys", owner.bearer()).json().at("/data/0/lastUsedAt").isNull()).isFalse();
        assertThat(Api.post("/api/v1/api-keys", owner.bearer(), Map.of("name", "too wide", "scopes", List.of("platform:operate"))).status())
                .isEqualTo(403);

        assertThat(Api.delete("/api/v1/api-keys/" + keyId, owner.bearer()).status()).isEqualTo(204);
        assertThat(Api.get("/api/v1/members", secret).status()).isEqualTo(401);
        assertThat(Api.get("/api/v1/members", secret.substring(0, secret.length() - 1) + "x").status()).isEqualTo(401);
    }

    private static String addMember(Api.Session owner, String role) {
        String email = Api.uniqueEmail(role.toLowerCase().replace('_', '-'));
        Api.Response r = Api.post("/api/v1/members", owner.bearer(), Map.of("email", email, "name", "Member", "role", role, "password", Api.PASSWORD));
        assertThat(r.status()).isEqualTo(201);
        return r.json().at("/member/id").asText();
    }

    private static String emailOf(Api.Session owner, String memberId) {
        for (JsonNode m : Api.get("/api/v1/members?limit=100", owner.bearer()).json().get("data")) {
            if (m.get("id").asText().equals(memberId)) {
                return m.get("email").asText();
            }
        }
        throw new IllegalStateException("no member " + memberId);
    }
}

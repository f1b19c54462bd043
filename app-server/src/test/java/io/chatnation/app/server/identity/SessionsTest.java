package io.chatnation.app.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-up, sign-in, refresh-token rotation and its reuse detection, sign-out. */
class SessionsTest {

    @Test
    void a_newcomer_signs_up_and_is_signed_in_as_owner_of_the_new_organisation() {
        Api.Session owner = Api.registerOrganisation("Nairobi Expo");
        Api.Response me = Api.get("/api/v1/auth/me", owner.bearer());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().at("/actorType").asText()).isEqualTo("user");
        assertThat(me.json().at("/organization/id").asText()).isEqualTo(owner.orgId());
        assertThat(me.json().at("/organization/name").asText()).isEqualTo("Nairobi Expo");
        assertThat(me.json().at("/user/email").asText()).isEqualTo(owner.email());
        assertThat(me.json().at("/roles/0").asText()).isEqualTo("ORG_OWNER");
        assertThat(me.json().at("/permissions").toString()).contains("members:manage", "billing:manage", "audit:read")
                .doesNotContain("platform:operate");
    }

    @Test
    void signing_in_returns_a_fifteen_minute_bearer_token_and_a_refresh_token() {
        Api.Session owner = Api.registerOrganisation("Sign-in Org");
        Api.Response r = Api.post("/api/v1/auth/login", null, Map.of("email", owner.email().toUpperCase(), "password", Api.PASSWORD));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(r.json().get("expiresIn").asLong()).isEqualTo(900);
        assertThat(r.json().get("refreshToken").asText()).hasSize(43);
        assertThat(Api.get("/api/v1/auth/me", "Bearer " + r.json().get("accessToken").asText()).status()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_and_an_unknown_account_get_the_same_answer() {
        Api.Session owner = Api.registerOrganisation("Wrong Password Org");
        Api.Response wrong = Api.post("/api/v1/auth/login", null, Map.of("email", owner.email(), "password", "not-the-password"));
        Api.Response unknown = Api.post("/api/v1/auth/login", null, Map.of("email", Api.uniqueEmail("nobody"), "password", Api.PASSWORD));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.contentType()).isEqualTo("application/problem+json");
        assertThat(wrong.json().get("detail").asText()).isEqualTo(unknown.json().get("detail").asText());
    }

    @Test
    void refreshing_rotates_the_refresh_token_and_the_old_one_stops_working() {
        Api.Session owner = Api.registerOrganisation("Rotation Org");
        Api.Response first = refresh(owner.refreshToken());
        assertThat(first.status()).isEqualTo(200);
        String next = first.json().get("refreshToken").asText();
        assertThat(next).isNotEqualTo(owner.refreshToken());
        assertThat(Api.get("/api/v1/auth/me", "Bearer " + first.json().get("accessToken").asText()).status()).isEqualTo(200);

        Api.Response second = refresh(next);
        assertThat(second.status()).isEqualTo(200);
        assertThat(refresh(next).status()).isEqualTo(401);
    }

    @Test
    void reusing_a_rotated_refresh_token_revokes_the_whole_family() {
        Api.Session owner = Api.registerOrganisation("Reuse Org");
        String rotated = owner.refreshToken();
        String current = refresh(rotated).json().get("refreshToken").asText();

        Api.Response replay = refresh(rotated);
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.contentType()).isEqualTo("application/problem+json");
        // The legitimate holder's current token dies with the family: the thief cannot keep a session either.
        assertThat(refresh(current).status()).isEqualTo(401);
        assertThat(TestPlatform.countAsSuperuser("select count(*) from refresh_tokens where org_id = '" + owner.orgId()
                + "' and revoked_at is null")).isZero();
        assertThat(TestPlatform.countAsSuperuser("select count(*) from audit_logs where org_id = '" + owner.orgId()
                + "' and action = 'session.reuse_detected'")).isEqualTo(1);
    }

    @Test
    void reuse_revokes_only_that_family_not_the_users_other_sessions() {
        Api.Session owner = Api.registerOrganisation("Two Devices Org");
        Api.Session laptop = Api.logIn(owner.email(), Api.PASSWORD);
        String rotated = owner.refreshToken();
        refresh(rotated);
        refresh(rotated);
        assertThat(refresh(laptop.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void an_unknown_or_garbage_refresh_token_is_refused() {
        assertThat(refresh("x".repeat(43)).status()).isEqualTo(401);
        assertThat(refresh("").status()).isEqualTo(401);
        assertThat(Api.post("/api/v1/auth/refresh", null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void signing_out_ends_that_session_but_not_the_others() {
        Api.Session owner = Api.registerOrganisation("Logout Org");
        Api.Session phone = Api.logIn(owner.email(), Api.PASSWORD);
        Api.Response out = Api.post("/api/v1/auth/logout", owner.bearer(), Map.of("refreshToken", owner.refreshToken()));
        assertThat(out.status()).isEqualTo(204);
        assertThat(refresh(owner.refreshToken()).status()).isEqualTo(401);
        assertThat(refresh(phone.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void signing_out_without_a_refresh_token_ends_every_session_of_the_user() {
        Api.Session owner = Api.registerOrganisation("Logout All Org");
        Api.Session phone = Api.logIn(owner.email(), Api.PASSWORD);
        assertThat(Api.sendRaw("POST", "/api/v1/auth/logout", owner.bearer(), "application/json", "").status()).isEqualTo(204);
        assertThat(refresh(owner.refreshToken()).status()).isEqualTo(401);
        assertThat(refresh(phone.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void sign_in_is_limited_to_five_attempts_a_minute_per_account() {
        Api.Session owner = Api.registerOrganisation("Throttle Org");
        for (int i = 0; i < 5; i++) {
            assertThat(Api.post("/api/v1/auth/login", null, Map.of("email", owner.email(), "password", "wrong-" + i)).status())
                    .isEqualTo(401);
        }
        Api.Response limited = Api.post("/api/v1/auth/login", null, Map.of("email", owner.email(), "password", Api.PASSWORD));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(limited.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
    }

    @Test
    void sign_in_is_limited_to_five_attempts_a_minute_per_address() {
        String address = "198.51.100." + (int) (Math.random() * 250);
        for (int i = 0; i < 5; i++) {
            assertThat(Api.send(Api.builder("/api/v1/auth/login", null).setHeader("X-Forwarded-For", address)
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"" + Api.uniqueEmail("guess") + "\",\"password\":\"whatever-it-is\"}"))).status())
                    .isEqualTo(401);
        }
        Api.Response limited = Api.send(Api.builder("/api/v1/auth/login", null).setHeader("X-Forwarded-For", address)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + Api.uniqueEmail("guess") + "\",\"password\":\"whatever-it-is\"}")));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isPresent();
    }

    private static Api.Response refresh(String token) {
        return Api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", token));
    }
}

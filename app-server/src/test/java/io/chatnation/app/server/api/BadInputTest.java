package io.chatnation.app.server.api;

import static io.chatnation.app.server.api.ProblemAssertions.assertFieldError;
import static io.chatnation.app.server.api.ProblemAssertions.assertProblem;
import static io.chatnation.app.server.api.ProblemAssertions.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Whatever a client sends, the answer is a problem+json document that names what is wrong, and a
 * rejected request leaves nothing behind.
 */
class BadInputTest {

    private static final String REGISTER = "/api/v1/auth/register";

    // --- the body is not the JSON the endpoint takes -------------------------------------------------

    @Test
    void malformed_json_is_a_400_saying_where_parsing_stopped() {
        WrittenRows before = WrittenRows.now();
        JsonNode problem = assertProblem(Api.post(REGISTER, null, "{\"organizationName\": \"Acme\", \"name\": "), 400);
        assertThat(problem.path("type").asText()).endsWith("/malformed-json");
        assertThat(problem.path("detail").asText()).startsWith("The request body is not valid JSON").contains("line 1");
        assertProblem(Api.post(REGISTER, null, "{'organizationName': 'Acme'}"), 400);
        assertProblem(Api.post(REGISTER, null, "not json at all"), 400);
        before.assertNothingNewSince("malformed JSON");
    }

    @Test
    void a_body_that_is_not_a_json_object_or_is_missing_is_refused() {
        JsonNode array = assertProblem(Api.post(REGISTER, null, "[\"Acme\"]"), 400);
        assertThat(array.path("detail").asText()).isEqualTo("The request body must be an object, not an array");
        assertThat(assertProblem(Api.post(REGISTER, null, "\"Acme\""), 400).path("detail").asText())
                .isEqualTo("The request body must be an object, not a string");
        assertThat(assertProblem(Api.sendRaw("POST", REGISTER, null, "application/json", ""), 400).path("detail").asText())
                .isEqualTo("The request needs a JSON body");
    }

    @Test
    void an_array_holding_the_name_is_not_taken_as_the_name() {
        WrittenRows before = WrittenRows.now();
        String email = Api.uniqueEmail("array");
        Api.Response r = Api.post(REGISTER, null, Map.of("organizationName", new String[] {"Acme"}, "name", "Amina",
                "email", email, "password", Api.PASSWORD));
        JsonNode problem = assertFieldError(r, "organizationName", "must be a string, not an array");
        assertThat(fields(problem)).containsExactly("organizationName");
        assertThat(problem.path("detail").asText()).isEqualTo("organizationName: must be a string, not an array");
        before.assertNothingNewSince("a register request with an array for a name");
        assertThat(TestPlatform.countAsSuperuser("select count(*) from users where email = '" + email + "'")).isZero();
    }

    @Test
    void numbers_booleans_and_objects_are_never_coerced_to_text() {
        WrittenRows before = WrittenRows.now();
        assertFieldError(registration("organizationName", 42), "organizationName", "must be a string, not a number");
        assertFieldError(registration("organizationName", 4.2), "organizationName", "not a number");
        assertFieldError(registration("name", true), "name", "must be a string, not a boolean");
        assertFieldError(registration("email", Map.of("address", "a@example.com")), "email", "must be a string, not an object");
        assertFieldError(registration("password", new int[] {1, 2, 3}), "password", "not an array");
        before.assertNothingNewSince("register requests with values of the wrong type");
    }

    @Test
    void a_list_of_scopes_takes_only_an_array_of_strings() {
        Api.Session owner = Api.registerOrganisation("Scope Types Org");
        long keys = TestPlatform.countAsSuperuser("select count(*) from api_keys");
        assertFieldError(Api.post("/api/v1/api-keys", owner.bearer(), Map.of("name", "k", "scopes", "org:read")),
                "scopes", "must be an array of strings, not a string");
        assertFieldError(Api.post("/api/v1/api-keys", owner.bearer(), "{\"name\":\"k\",\"scopes\":[[\"org:read\"]]}"),
                "scopes[0]", "must be a string, not an array");
        assertFieldError(Api.post("/api/v1/api-keys", owner.bearer(), "{\"name\":\"k\",\"scopes\":[\"org:read\", 7]}"),
                "scopes[1]", "must be a string, not a number");
        assertFieldError(Api.post("/api/v1/api-keys", owner.bearer(), Map.of("name", "k", "scopes", java.util.List.of("org:everything"))),
                "scopes", "org:everything");
        assertThat(TestPlatform.countAsSuperuser("select count(*) from api_keys")).isEqualTo(keys);
    }

    @Test
    void null_is_a_missing_value_and_every_missing_field_is_named() {
        WrittenRows before = WrittenRows.now();
        JsonNode problem = assertProblem(Api.post(REGISTER, null, "{}"), 400);
        assertThat(fields(problem)).containsExactlyInAnyOrder("organizationName", "name", "email", "password");
        problem.path("errors").forEach(e -> assertThat(e.path("message").asText()).isEqualTo("is required"));
        assertFieldError(Api.post(REGISTER, null, "{\"organizationName\":null,\"name\":\"A\",\"email\":\""
                + Api.uniqueEmail("n") + "\",\"password\":\"" + Api.PASSWORD + "\"}"), "organizationName", "is required");
        before.assertNothingNewSince("register requests with missing fields");
    }

    // --- values that break their rules ---------------------------------------------------------------

    @Test
    void over_long_names_emails_and_passwords_are_refused_and_each_is_named() {
        WrittenRows before = WrittenRows.now();
        Api.Response r = Api.post(REGISTER, null, Map.of("organizationName", "O".repeat(121), "name", "N".repeat(500),
                "email", "e".repeat(250) + "@example.com", "password", "p".repeat(129)));
        JsonNode problem = assertProblem(r, 400);
        assertThat(fields(problem)).containsExactlyInAnyOrder("organizationName", "name", "email", "password");
        assertThat(ProblemAssertions.message(problem, "organizationName")).isEqualTo("must be at most 120 characters");
        assertThat(ProblemAssertions.message(problem, "email")).isEqualTo("must be at most 254 characters");
        assertThat(ProblemAssertions.message(problem, "password")).isEqualTo("must be at most 128 characters");
        before.assertNothingNewSince("a register request with over-long values");

        Api.Response exactlyAtTheLimit = Api.post(REGISTER, null, Map.of("organizationName", "O".repeat(120), "name", "N",
                "email", Api.uniqueEmail("limit"), "password", Api.PASSWORD));
        assertThat(exactlyAtTheLimit.status()).as("%s", exactlyAtTheLimit).isEqualTo(201);
    }

    @Test
    void control_characters_are_refused_in_names_and_emails() {
        WrittenRows before = WrittenRows.now();
        assertFieldError(Api.post(REGISTER, null, "{\"organizationName\":\"Acme\\u0000Ltd\",\"name\":\"A\",\"email\":\""
                + Api.uniqueEmail("nul") + "\",\"password\":\"" + Api.PASSWORD + "\"}"), "organizationName", "control characters");
        assertFieldError(Api.post(REGISTER, null, "{\"organizationName\":\"Acme\",\"name\":\"A\",\"email\":\"bell\\u0007"
                + Api.uniqueEmail("x") + "\",\"password\":\"" + Api.PASSWORD + "\"}"), "email", "control characters");
        assertFieldError(Api.post(REGISTER, null, "{\"organizationName\":\"Acme\",\"name\":\"Line\\nBreak\",\"email\":\""
                + Api.uniqueEmail("lf") + "\",\"password\":\"" + Api.PASSWORD + "\"}"), "name", "control characters");
        assertFieldError(Api.post(REGISTER, null, "{\"organizationName\":\"Half \\ud83c surrogate\",\"name\":\"A\",\"email\":\""
                + Api.uniqueEmail("sur") + "\",\"password\":\"" + Api.PASSWORD + "\"}"), "organizationName", "unpaired surrogate");
        before.assertNothingNewSince("register requests with control characters");
    }

    @Test
    void an_unknown_role_is_a_field_error_listing_the_roles_and_adds_no_one() {
        Api.Session owner = Api.registerOrganisation("Supreme Org");
        String email = Api.uniqueEmail("supreme");
        WrittenRows before = WrittenRows.now();
        JsonNode problem = assertFieldError(Api.post("/api/v1/members", owner.bearer(),
                Map.of("email", email, "name", "Sam", "role", "SUPREME")), "role", "unknown role 'SUPREME'");
        assertThat(ProblemAssertions.message(problem, "role")).contains("ORG_OWNER", "ORG_ADMIN", "EVENT_MANAGER", "VIEWER");
        assertFieldError(Api.post("/api/v1/members", owner.bearer(), Map.of("email", email, "name", "Sam", "role", 3)),
                "role", "must be a string, not a number");
        JsonNode several = assertProblem(Api.post("/api/v1/members", owner.bearer(),
                Map.of("email", "not-an-address", "name", " ", "role", "")), 400);
        assertThat(fields(several)).containsExactlyInAnyOrder("email", "name", "role");
        before.assertNothingNewSince("rejected add-member requests");
        assertThat(TestPlatform.countAsSuperuser("select count(*) from users where email = '" + email + "'")).isZero();
    }

    @Test
    void sql_and_html_in_names_are_kept_verbatim_as_data() {
        String sql = "Robert'); DROP TABLE organizations;--";
        String html = "<script>alert(1)</script>";
        Api.Response registered = Api.post(REGISTER, null, Map.of("organizationName", sql, "name", html,
                "email", Api.uniqueEmail("bobby"), "password", Api.PASSWORD));
        assertThat(registered.status()).as("%s", registered).isEqualTo(201);
        Api.Session owner = Api.session(registered, null);

        assertThat(Api.get("/api/v1/organization", owner.bearer()).json().path("name").asText()).isEqualTo(sql);
        JsonNode me = Api.get("/api/v1/auth/me", owner.bearer()).json();
        assertThat(me.at("/organization/name").asText()).isEqualTo(sql);
        assertThat(me.at("/user/name").asText()).isEqualTo(html);
        assertThat(TestPlatform.countAsSuperuser("select count(*) from organizations where name = $q$" + sql + "$q$"))
                .as("stored as written, and the table is still there").isEqualTo(1);

        String unicode = "Kamau & Sons — Nairobi 🇰🇪 \"Quoted\" \\ back\\slash";
        assertThat(Api.patch("/api/v1/organization", owner.bearer(), Map.of("name", unicode)).json().path("name").asText())
                .isEqualTo(unicode);
        JsonNode renamed = Api.get("/api/v1/audit-logs?action=organization.renamed", owner.bearer()).json().at("/data/0");
        assertThat(renamed.at("/before/name").asText()).isEqualTo(sql);
        assertThat(renamed.at("/after/name").asText()).isEqualTo(unicode);
    }

    // --- conflicts ------------------------------------------------------------------------------------

    @Test
    void registering_a_taken_email_is_a_409_and_leaves_no_organisation_behind() {
        Api.Session first = Api.registerOrganisation("Taken Email Org");
        String orgName = "Second Try " + UUID.randomUUID();
        WrittenRows before = WrittenRows.now();
        JsonNode problem = assertProblem(Api.post(REGISTER, null, Map.of("organizationName", orgName, "name", "Someone",
                "email", first.email().toUpperCase(), "password", Api.PASSWORD)), 409);
        assertThat(problem.path("type").asText()).endsWith("/conflict");
        before.assertNothingNewSince("a registration with a taken e-mail");
        assertThat(TestPlatform.countAsSuperuser("select count(*) from organizations where name = '" + orgName + "'")).isZero();
    }

    @Test
    void adding_a_member_whose_email_is_taken_writes_nothing() {
        Api.Session owner = Api.registerOrganisation("Taken Member Org");
        Api.Session other = Api.registerOrganisation("Other Taken Org");
        WrittenRows before = WrittenRows.now();
        assertProblem(Api.post("/api/v1/members", owner.bearer(), Map.of("email", other.email(), "name", "Dup", "role", "VIEWER")), 409);
        assertProblem(Api.post("/api/v1/members", owner.bearer(), Map.of("email", owner.email(), "name", "Me again", "role", "VIEWER")), 409);
        before.assertNothingNewSince("add-member requests with taken e-mails");
    }

    // --- who is asking --------------------------------------------------------------------------------

    @Test
    void without_valid_credentials_the_answer_is_401_with_a_bearer_challenge() {
        for (String authorization : new String[] {null, "Bearer not-a-jwt", "Bearer " + "e30.e30.e30", "cn_abcdefghijkl_nope"}) {
            Api.Response r = Api.get("/api/v1/members", authorization);
            assertProblem(r, 401);
            assertThat(r.header("WWW-Authenticate")).as("challenge for %s", authorization).hasValueSatisfying(
                    v -> assertThat(v).startsWith("Bearer"));
        }
        Api.Session owner = Api.registerOrganisation("Wrong Password Org");
        Api.Response wrong = Api.post("/api/v1/auth/login", null, Map.of("email", owner.email(), "password", "not-the-password"));
        assertThat(assertProblem(wrong, 401).path("type").asText()).endsWith("/unauthorized");
        assertThat(wrong.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void a_caller_without_the_permission_gets_403() {
        Api.Session owner = Api.registerOrganisation("Forbidden Org");
        String email = Api.uniqueEmail("viewer");
        assertThat(Api.post("/api/v1/members", owner.bearer(), Map.of("email", email, "name", "V", "role", "VIEWER",
                "password", Api.PASSWORD)).status()).isEqualTo(201);
        Api.Session viewer = Api.logIn(email, Api.PASSWORD);
        WrittenRows before = WrittenRows.now();
        Api.Response r = Api.post("/api/v1/members", viewer.bearer(), Map.of("email", Api.uniqueEmail("x"), "name", "X", "role", "VIEWER"));
        assertThat(assertProblem(r, 403).path("type").asText()).endsWith("/forbidden");
        assertThat(r.header("WWW-Authenticate")).isEmpty();
        before.assertNothingNewSince("a forbidden add-member request");
    }

    @Test
    void sign_in_throttling_is_a_429_problem_with_retry_after() {
        String email = Api.uniqueEmail("throttled");
        for (int i = 0; i < 5; i++) {
            Api.post("/api/v1/auth/login", null, Map.of("email", email, "password", "guess-number-" + i));
        }
        Api.Response r = Api.post("/api/v1/auth/login", null, Map.of("email", email, "password", "guess-number-6"));
        assertThat(assertProblem(r, 429).path("type").asText()).endsWith("/too-many-requests");
        assertThat(Long.parseLong(r.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
    }

    // --- where and how ------------------------------------------------------------------------------

    @Test
    void unknown_routes_are_404_problems_for_anyone() {
        Api.Session owner = Api.registerOrganisation("Unknown Route Org");
        assertThat(assertProblem(Api.get("/api/v1/no-such-thing", null), 404).path("type").asText()).endsWith("/not-found");
        assertProblem(Api.get("/api/v1/no-such-thing", owner.bearer()), 404);
        assertProblem(Api.post("/api/v1/no-such-thing", owner.bearer(), Map.of()), 404);
        assertProblem(Api.get("/api/v2/members", owner.bearer()), 404);
    }

    @Test
    void an_unknown_id_is_404_and_a_malformed_id_is_400_naming_the_path_parameter() {
        Api.Session owner = Api.registerOrganisation("Ids Org");
        String nobody = UUID.randomUUID().toString();
        assertProblem(Api.delete("/api/v1/members/" + nobody, owner.bearer()), 404);
        assertProblem(Api.patch("/api/v1/members/" + nobody, owner.bearer(), Map.of("role", "VIEWER")), 404);
        assertProblem(Api.delete("/api/v1/api-keys/" + nobody, owner.bearer()), 404);
        assertProblem(Api.delete("/api/v1/members/" + owner.userId() + "/grants/" + nobody, owner.bearer()), 404);

        assertFieldError(Api.delete("/api/v1/members/not-a-uuid", owner.bearer()), "memberId", "is not a valid id");
        assertFieldError(Api.patch("/api/v1/members/12345", owner.bearer(), Map.of("role", "VIEWER")), "memberId", "is not a valid id");
        assertFieldError(Api.delete("/api/v1/api-keys/%27%3B--", owner.bearer()), "keyId", "is not a valid id");
        assertFieldError(Api.delete("/api/v1/members/" + owner.userId() + "/grants/xyz", owner.bearer()), "grantId", "is not a valid id");
    }

    @Test
    void a_method_the_route_does_not_take_is_405_with_the_allowed_ones() {
        Api.Session owner = Api.registerOrganisation("Method Org");
        Api.Response put = Api.sendJson("PUT", "/api/v1/organization", owner.bearer(), Map.of("name", "x"));
        assertThat(assertProblem(put, 405).path("type").asText()).endsWith("/method-not-allowed");
        assertThat(put.header("Allow").orElseThrow()).contains("GET", "PATCH");
        assertProblem(Api.delete("/api/v1/auth/register", null), 405);
        assertProblem(Api.get("/api/v1/auth/login", null), 405);
    }

    @Test
    void a_body_over_one_megabyte_is_413_and_writes_nothing() {
        WrittenRows before = WrittenRows.now();
        String huge = "{\"organizationName\":\"" + "a".repeat(1_100_000) + "\",\"name\":\"A\",\"email\":\""
                + Api.uniqueEmail("big") + "\",\"password\":\"" + Api.PASSWORD + "\"}";
        assertProblem(Api.post(REGISTER, null, huge), 413);
        // Sent in chunks, without a Content-Length to refuse up front: the limit still holds.
        byte[] bytes = huge.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertProblem(Api.send(Api.builder(REGISTER, null).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))), 413);
        before.assertNothingNewSince("an oversize body");

        String justUnder = "{\"organizationName\":\"Small\",\"padding\":\"" + "a".repeat(1_000_000) + "\",\"name\":\"A\",\"email\":\""
                + Api.uniqueEmail("pad") + "\",\"password\":\"" + Api.PASSWORD + "\"}";
        assertThat(Api.post(REGISTER, null, justUnder).status()).as("unknown fields are ignored, the limit is 1 MB").isEqualTo(201);
    }

    @Test
    void a_body_that_is_not_json_is_415() {
        WrittenRows before = WrittenRows.now();
        String json = "{\"organizationName\":\"Plain Org\",\"name\":\"A\",\"email\":\"" + Api.uniqueEmail("plain")
                + "\",\"password\":\"" + Api.PASSWORD + "\"}";
        JsonNode problem = assertProblem(Api.sendRaw("POST", REGISTER, null, "text/plain", json), 415);
        assertThat(problem.path("type").asText()).endsWith("/unsupported-media-type");
        assertProblem(Api.sendRaw("POST", REGISTER, null, "application/xml", "<organizationName>x</organizationName>"), 415);
        assertProblem(Api.sendRaw("POST", REGISTER, null, "application/x-www-form-urlencoded", "organizationName=x"), 415);
        before.assertNothingNewSince("bodies that are not JSON");
    }

    @Test
    void a_query_value_of_the_wrong_type_or_range_names_the_parameter() {
        Api.Session owner = Api.registerOrganisation("Query Org");
        assertThat(assertFieldError(Api.get("/api/v1/members?limit=ten", owner.bearer()), "limit", "must be a whole number")
                .path("detail").asText()).isEqualTo("limit: must be a whole number");
        assertFieldError(Api.get("/api/v1/members?limit=0", owner.bearer()), "limit", "between 1 and 100");
        assertFieldError(Api.get("/api/v1/members?limit=101", owner.bearer()), "limit", "between 1 and 100");
        assertFieldError(Api.get("/api/v1/api-keys?limit=99999999999", owner.bearer()), "limit", "is out of range");
        assertFieldError(Api.get("/api/v1/members?cursor=not-a-cursor", owner.bearer()), "cursor", "not a cursor");
    }

    private static Api.Response registration(String field, Object value) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("organizationName", "Typed Org", "name", "Amina",
                "email", Api.uniqueEmail("typed"), "password", Api.PASSWORD));
        body.put(field, value);
        return Api.post(REGISTER, null, body);
    }
}

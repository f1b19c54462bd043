package io.chatnation.app.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.chatnation.app.server.Api;
import io.chatnation.app.server.TestPlatform;
import io.micronaut.http.HttpMethod;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document the server publishes, read as a client generator would: every route the server
 * answers is in it with its method, the authenticated caller is never shown as an input, both ways of
 * authenticating are declared, and errors are described as problem+json.
 */
class OpenApiDocumentTest {

    /** Called by the payment providers, who prove themselves by a secret address or a signature. */
    private static final Set<String> PROVIDER_CALLBACKS = Set.of("post /api/v1/payments/mpesa/callback/{token}",
            "post /api/v1/payments/stripe/webhook");
    private static final Set<String> ANONYMOUS = union(PROVIDER_CALLBACKS, Set.of("post /api/v1/auth/register",
            "post /api/v1/auth/login", "post /api/v1/auth/refresh", "post /api/v1/auth/accept-invitation",
            "get /api/v1/webhooks/whatsapp/{accountKey}",
            // Twilio proves itself with its signature; a wrong one is a 403, as Twilio's own validators answer.
            "post /api/v1/webhooks/twilio/{accountKey}"));

    private static Map<String, Object> document;
    private static Map<String, Map<String, Object>> operations;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readTheServedDocument() {
        Api.Response r = Api.get("/swagger/chatnation-api.yml", null);
        assertThat(r.status()).isEqualTo(200);
        document = new Yaml().load(r.raw());
        operations = new java.util.TreeMap<>();
        map(document, "paths").forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) ->
                operations.put(method + " " + path, (Map<String, Object>) operation)));
    }

    @Test
    void every_api_route_the_server_answers_is_documented_with_its_method() {
        Set<String> routes = new TreeSet<>();
        TestPlatform.context().getBean(Router.class).uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toPathString().startsWith("/api/"))
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD && route.getHttpMethod() != HttpMethod.OPTIONS)
                .map(OpenApiDocumentTest::key)
                .forEach(routes::add);
        assertThat(routes).hasSizeGreaterThanOrEqualTo(17)
                .contains("post /api/v1/auth/logout", "get /api/v1/audit-logs", "delete /api/v1/members/{memberId}/grants/{grantId}",
                        "post /api/v1/billing/purchase", "post /api/v1/payments/sandbox/{purchaseId}/complete")
                .containsAll(PROVIDER_CALLBACKS);
        assertThat(operations.keySet()).containsAll(routes);
        assertThat(operations.keySet()).as("nothing documented that the server does not answer").isSubsetOf(routes);
        operations.forEach((key, operation) -> {
            assertThat(operation.get("summary")).as("summary of %s", key).isNotNull();
            assertThat((List<?>) operation.get("tags")).as("tags of %s", key).isNotEmpty();
        });
    }

    @Test
    void the_authenticated_caller_is_never_presented_as_an_input() {
        operations.forEach((key, operation) -> {
            for (Map<String, Object> parameter : list(operation, "parameters")) {
                assertThat(String.valueOf(parameter.get("name")).toLowerCase(Locale.ROOT)).as("parameter of %s", key)
                        .isNotEqualTo("caller");
            }
        });
        assertThat(map(map(document, "components"), "schemas")).doesNotContainKeys("Caller", "OrgId", "RequestOrigin");
        // Nor as a property merged into a request body, which is how the generator showed it on POST and DELETE.
        assertThat(new Yaml().dump(map(document, "paths"))).doesNotContain("caller:", "name: caller", "schemas/Caller");
    }

    @Test
    void bearer_tokens_and_api_keys_are_both_declared() {
        Map<String, Object> schemes = map(map(document, "components"), "securitySchemes");
        Map<String, Object> bearer = map(schemes, "bearer");
        assertThat(bearer).containsEntry("type", "http").containsEntry("scheme", "bearer");
        assertThat(String.valueOf(bearer.get("bearerFormat"))).contains("JWT");
        assertThat(map(schemes, "apiKey")).containsEntry("type", "apiKey").containsEntry("in", "header")
                .containsEntry("name", "X-Api-Key");
        assertThat(list(document, "security")).extracting(s -> s.keySet().iterator().next()).containsExactly("bearer", "apiKey");
    }

    @Test
    void deleting_and_signing_out_answer_204_and_sign_out_takes_an_optional_body() {
        operations.forEach((key, operation) -> {
            if (key.startsWith("delete ")) {
                assertThat(map(operation, "responses")).as(key).containsKey("204").doesNotContainKey("200");
                assertThat(operation).as("%s has no body", key).doesNotContainKey("requestBody");
            }
        });
        Map<String, Object> logout = operations.get("post /api/v1/auth/logout");
        assertThat(map(logout, "responses")).containsKey("204").doesNotContainKey("200");
        assertThat(map(logout, "requestBody")).containsEntry("required", false);
        assertThat(map(operations.get("post /api/v1/auth/register"), "responses")).containsKey("201");
    }

    @Test
    @SuppressWarnings("unchecked")
    void errors_are_documented_as_problem_json() {
        Map<String, Object> problem = map(map(map(document, "components"), "schemas"), "Problem");
        assertThat(map(problem, "properties")).containsKeys("type", "title", "status", "detail", "errors");
        assertThat((List<Object>) problem.get("required")).contains("type", "title", "status", "detail")
                .doesNotContain("errors", "instance");

        List<String> checked = new ArrayList<>();
        operations.forEach((key, operation) -> {
            Map<String, Object> responses = map(operation, "responses");
            if (operation.containsKey("requestBody") || !list(operation, "parameters").isEmpty()) {
                assertProblemResponse(key, responses, "400");
            }
            if (!ANONYMOUS.contains(key)) {
                assertProblemResponse(key, responses, "401");
            }
            if (key.contains("{")) {
                assertProblemResponse(key, responses, "404");
            }
            checked.add(key);
        });
        assertProblemResponse("login", map(operations.get("post /api/v1/auth/login"), "responses"), "429");
        assertProblemResponse("register", map(operations.get("post /api/v1/auth/register"), "responses"), "409");
        assertProblemResponse("add member", map(operations.get("post /api/v1/members"), "responses"), "403");
        assertProblemResponse("change role", map(operations.get("patch /api/v1/members/{memberId}"), "responses"), "422");
        assertThat(checked).hasSize(operations.size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void provider_callbacks_ask_for_no_api_credentials_and_say_who_calls_them() {
        Map<String, Object> tag = list(document, "tags").stream()
                .filter(t -> "Billing: payment provider callbacks".equals(t.get("name"))).findFirst().orElseThrow();
        assertThat(String.valueOf(tag.get("description"))).contains("Called by the payment providers");
        operations.forEach((key, operation) -> {
            if (PROVIDER_CALLBACKS.contains(key)) {
                // An empty requirement (or none at all) overrides the document's bearer/API-key requirement.
                assertThat(operation).as("%s declares its own security", key).containsKey("security");
                assertThat(list(operation, "security")).as(key).allSatisfy(requirement -> assertThat(requirement).isEmpty());
                assertThat((List<String>) operation.get("tags")).as(key).containsExactly("Billing: payment provider callbacks");
                assertThat(String.valueOf(operation.get("summary"))).as(key).containsPattern("called by (Safaricom's Daraja|Stripe)");
                assertThat(map(operation, "requestBody")).as(key).containsEntry("required", true);
                assertThat(map(map(operation, "requestBody"), "content")).as(key).containsKey("application/json");
                assertThat(map(map(map(operation, "responses"), "200"), "content")).as(key).containsKey("application/json");
                assertProblemResponse(key, map(operation, "responses"), "422");
            } else if (key.contains("/api/v1/webhooks/")) {
                assertThat(list(operation, "security")).as("%s: channel webhooks need no API credentials", key)
                        .isNotEmpty().allSatisfy(requirement -> assertThat(requirement).isEmpty());
            } else {
                assertThat(operation).as("%s keeps the document's bearer/API-key requirement", key).doesNotContainKey("security");
            }
        });
        assertProblemResponse("M-Pesa callback", map(operations.get("post /api/v1/payments/mpesa/callback/{token}"), "responses"), "404");
        assertThat(list(operations.get("post /api/v1/payments/stripe/webhook"), "parameters"))
                .extracting(p -> p.get("name"), p -> p.get("in")).containsExactly(tuple("Stripe-Signature", "header"));
    }

    @Test
    void purchases_document_their_provider_failures_and_the_sandbox_its_refusals() {
        assertProblemResponse("buy", map(operations.get("post /api/v1/billing/purchase"), "responses"), "502");
        for (String decision : List.of("complete", "cancel")) {
            Map<String, Object> responses = map(operations.get("post /api/v1/payments/sandbox/{purchaseId}/" + decision), "responses");
            for (String status : List.of("403", "409", "422")) {
                assertProblemResponse("sandbox " + decision, responses, status);
            }
            assertThat(map(map(map(responses, "200"), "content"), "application/json")).as("sandbox " + decision)
                    .containsEntry("schema", Map.of("$ref", "#/components/schemas/PurchaseResponses.PurchaseResponse"));
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static void assertProblemResponse(String operation, Map<String, Object> responses, String status) {
        assertThat(responses).as("%s documents %s", operation, status).containsKey(status);
        Map<String, Object> content = map(map(responses, status), "content");
        assertThat(content).as("%s %s", operation, status).containsOnlyKeys(ProblemAssertions.PROBLEM_JSON);
        assertThat(map(map(content, ProblemAssertions.PROBLEM_JSON), "schema"))
                .containsEntry("$ref", "#/components/schemas/Problem");
    }

    private static String key(UriRouteInfo<?, ?> route) {
        return route.getHttpMethod().name().toLowerCase(Locale.ROOT) + " " + route.getUriMatchTemplate().toPathString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as("%s in %s", key, parent.keySet()).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}

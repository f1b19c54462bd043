package io.chatnation.app.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.app.server.Api;
import io.chatnation.app.server.DatabaseReadiness;
import io.chatnation.app.server.TestPlatform;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.security.rules.ConfigurationInterceptUrlMapRule;
import io.micronaut.security.rules.SecurityRuleResult;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

/** The operations surface: probes and the metrics scrape are public, nothing else of the server's insides is. */
class OperationsEndpointsTest {

    static final List<String> INTERNALS = List.of("/beans", "/routes", "/threaddump", "/metrics", "/metrics/jvm.memory.used",
            "/info", "/env", "/env/micronaut", "/loggers", "/loggers/ROOT", "/caches");

    static List<String> internals() {
        return INTERNALS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("internals")
    void management_endpoints_show_nothing_to_anyone(String path) {
        assertServesNothing(path, Api.get(path, null));
        assertServesNothing(path, Api.get(path, Api.registerOrganisation("Curious Org").bearer()));
    }

    @Test
    void the_server_cannot_be_stopped_or_refreshed_over_http() {
        for (String path : List.of("/stop", "/refresh")) {
            Api.Response r = Api.post(path, null, "{}");
            assertThat(r.status()).as("%s %s", path, r).isIn(401, 404);
            assertThat(r.contentType()).isEqualTo(ProblemAssertions.PROBLEM_JSON);
        }
        assertThat(TestPlatform.server().isRunning()).isTrue();
    }

    @Test
    void should_an_endpoint_be_switched_on_again_the_security_rules_still_refuse_it() {
        ConfigurationInterceptUrlMapRule rules = TestPlatform.context().getBean(ConfigurationInterceptUrlMapRule.class);
        for (String path : INTERNALS) {
            assertThat(Mono.from(rules.check(HttpRequest.GET(path), null)).block()).as(path).isEqualTo(SecurityRuleResult.REJECTED);
        }
        for (String path : List.of("/health", "/health/readiness", "/prometheus", "/swagger/chatnation-api.yml", "/")) {
            assertThat(Mono.from(rules.check(HttpRequest.GET(path), null)).block()).as(path).isEqualTo(SecurityRuleResult.ALLOWED);
        }
    }

    @Test
    void health_is_up_and_shows_no_details_to_anyone() {
        for (String authorization : new String[] {null, Api.registerOrganisation("Health Org").bearer()}) {
            Api.Response r = Api.get("/health", authorization);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().path("status").asText()).isEqualTo("UP");
            assertThat(r.json().path("details").isMissingNode() || r.json().path("details").isNull()).as("%s", r).isTrue();
            assertThat(r.raw()).doesNotContain("diskSpace", "postgres", "PostgreSQL", "test-data", "store", "free", "threshold");
        }
    }

    @Test
    void liveness_and_readiness_probes_answer_up() {
        for (String probe : List.of("/health/liveness", "/health/readiness")) {
            Api.Response r = Api.get(probe, null);
            assertThat(r.status()).as(probe).isEqualTo(200);
            assertThat(r.json().path("status").asText()).as(probe).isEqualTo("UP");
            assertThat(r.raw()).doesNotContain("postgres", "details\":{");
        }
    }

    @Test
    void readiness_includes_the_database_check_so_its_status_follows_the_database() {
        Collection<HealthIndicator> readiness = TestPlatform.context()
                .getBeansOfType(HealthIndicator.class, Qualifiers.byStereotype(Readiness.class));
        HealthIndicator database = readiness.stream().filter(DatabaseReadiness.class::isInstance).findFirst().orElseThrow();
        HealthResult result = Mono.from(database.getResult()).block();
        assertThat(result.getName()).isEqualTo("database");
        assertThat(result.getStatus()).isEqualTo(HealthStatus.UP);
    }

    @Test
    void prometheus_serves_the_metrics_in_its_text_format_to_the_scraper() {
        Api.get("/api/v1/auth/me", null);
        Api.Response r = Api.get("/prometheus", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/plain");
        assertThat(r.raw()).contains("# TYPE jvm_memory_used_bytes gauge", "http_server_requests_seconds_count");
    }

    @Test
    void the_api_description_and_its_viewer_are_public() {
        Api.Response document = Api.get("/swagger/chatnation-api.yml", null);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.raw()).startsWith("openapi: 3.");
        Api.Response viewer = Api.get("/swagger-ui/index.html", null);
        assertThat(viewer.status()).isEqualTo(200);
        assertThat(viewer.contentType()).startsWith("text/html");
        assertThat(viewer.raw()).contains("chatnation-api.yml");
    }

    /**
     * No route: a 404 problem, or, when the dashboard is built into the server, the dashboard's own page
     * (it routes in the browser). Never the endpoint's JSON.
     */
    private static void assertServesNothing(String path, Api.Response r) {
        if (r.status() == 200) {
            assertThat(r.contentType()).as("%s served %s", path, r).startsWith("text/html");
            assertThat(r.raw()).as(path).isEqualTo(Api.get("/", null).raw());
            return;
        }
        assertThat(r.status()).as("%s → %s", path, r).isIn(401, 403, 404);
        assertThat(r.contentType()).isEqualTo(ProblemAssertions.PROBLEM_JSON);
        JsonNode problem = r.json();
        assertThat(problem.path("status").asInt()).isEqualTo(r.status());
    }
}

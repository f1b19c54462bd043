package io.chatnation.app.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.app.server.Api;
import java.util.ArrayList;
import java.util.List;

/** What every error answer must look like: an RFC 7807 problem+json document a client can act on. */
final class ProblemAssertions {

    static final String PROBLEM_JSON = "application/problem+json";

    private ProblemAssertions() {}

    /** A problem with the given status, its mandatory members filled, and nothing of our internals in it. */
    static JsonNode assertProblem(Api.Response r, int status) {
        assertThat(r.status()).as("status of %s", r).isEqualTo(status);
        assertThat(r.contentType()).as("content type of %s", r).isEqualTo(PROBLEM_JSON);
        JsonNode problem = r.json();
        assertThat(problem.path("type").asText()).startsWith("https://docs.chatnation.io/problems/");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("requestId").asText()).isEqualTo(r.header("X-Request-Id").orElseThrow());
        assertThat(r.raw()).as("no parser or framework internals in %s", r)
                .doesNotContain("Source:", "com.fasterxml", "io.micronaut", "io.chatnation", "Exception", "REDACTED");
        return problem;
    }

    /** A 400 invalid-input problem whose {@code errors} name the field with a message containing the words. */
    static JsonNode assertFieldError(Api.Response r, String field, String messageContains) {
        JsonNode problem = assertProblem(r, 400);
        assertThat(problem.path("type").asText()).endsWith("/invalid-input");
        assertThat(fields(problem)).as("fields named by %s", r).contains(field);
        String message = message(problem, field);
        assertThat(message).as("message for %s", field).containsIgnoringCase(messageContains);
        return problem;
    }

    static List<String> fields(JsonNode problem) {
        List<String> names = new ArrayList<>();
        problem.path("errors").forEach(e -> names.add(e.path("field").asText()));
        return names;
    }

    static String message(JsonNode problem, String field) {
        for (JsonNode e : problem.path("errors")) {
            if (e.path("field").asText().equals(field)) {
                return e.path("message").asText();
            }
        }
        throw new AssertionError("no error for field " + field + " in " + problem);
    }
}

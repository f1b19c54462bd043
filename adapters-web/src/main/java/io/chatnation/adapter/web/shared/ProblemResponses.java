package io.chatnation.adapter.web.shared;

import io.chatnation.domain.shared.AccessDenied;
import io.chatnation.domain.shared.AuthenticationFailed;
import io.chatnation.domain.shared.Conflict;
import io.chatnation.domain.shared.DomainException;
import io.chatnation.domain.shared.InsufficientTokens;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.RuleViolated;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/** Builds problem+json responses; the one place that knows which status each rejection maps to. */
public final class ProblemResponses {

    static final String BEARER_CHALLENGE = "Bearer realm=\"chatnation\"";

    private ProblemResponses() {}

    public static MutableHttpResponse<Problem> of(HttpRequest<?> request, DomainException e) {
        if (e instanceof InvalidInput invalid) {
            return respond(request, HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e.getMessage(),
                    invalid.errors().stream().map(f -> new Problem.FieldProblem(f.field(), f.message())).toList());
        }
        if (e instanceof NotFound) {
            return respond(request, HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), null);
        }
        if (e instanceof Conflict) {
            return respond(request, HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage(), null);
        }
        if (e instanceof AccessDenied) {
            return respond(request, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage(), null);
        }
        if (e instanceof AuthenticationFailed) {
            return respond(request, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", e.getMessage(), null);
        }
        if (e instanceof InsufficientTokens insufficient) {
            Problem problem = new Problem(Problem.type("insufficient-tokens"), "Insufficient tokens",
                    HttpStatus.PAYMENT_REQUIRED.getCode(), e.getMessage(), request.getPath(), RequestIds.of(request), null,
                    Tokens.shown(insufficient.required()), Tokens.shown(insufficient.available()));
            return HttpResponse.<Problem>status(HttpStatus.PAYMENT_REQUIRED).body(problem).contentType(MediaType.of(Problem.MEDIA_TYPE));
        }
        RuleViolated rule = (RuleViolated) e;
        return respond(request, HttpStatus.UNPROCESSABLE_ENTITY, "rule-violated/" + rule.rule(), "Rule violated",
                e.getMessage(), null);
    }

    public static MutableHttpResponse<Problem> respond(HttpRequest<?> request, HttpStatus status, String slug, String title,
                                                      String detail, List<Problem.FieldProblem> errors) {
        Problem problem = new Problem(Problem.type(slug), title, status.getCode(), detail, request.getPath(),
                RequestIds.of(request), errors);
        return challenged(HttpResponse.<Problem>status(status).body(problem).contentType(MediaType.of(Problem.MEDIA_TYPE)));
    }

    /**
     * A 401 names the scheme that would succeed (RFC 9110 §11.6.1): a bearer token, which may be a JWT or
     * an API key; the X-Api-Key header is described in the OpenAPI document.
     */
    public static <T> MutableHttpResponse<T> challenged(MutableHttpResponse<T> response) {
        if (response.getStatus() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
        }
        return response;
    }
}

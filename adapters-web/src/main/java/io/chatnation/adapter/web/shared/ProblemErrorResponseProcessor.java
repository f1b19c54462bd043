package io.chatnation.adapter.web.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/**
 * Every error the framework itself produces (unknown route, wrong media type, malformed JSON, body
 * too large, bean-validation failures, 401/403 from the security filter) leaves as problem+json too.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        HttpStatus status = base.getStatus();
        List<Problem.FieldProblem> fields = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .filter(e -> status.getCode() < 500)
                .map(e -> new Problem.FieldProblem(fieldName(e.getPath().get()), e.getMessage()))
                .toList();
        // A server fault's message describes our internals, not the request: log it, show only the request id.
        String detail = status.getCode() >= 500
                ? "Something went wrong on our side; quote the request id when reporting it"
                : context.getErrors().stream().map(Error::getMessage).findFirst().orElse(status.getReason());
        if (status.getCode() >= 500) {
            LOG.error("Request {} {} failed", context.getRequest().getMethodName(), context.getRequest().getPath(),
                    context.getRootCause().orElse(null));
        }
        Problem problem = new Problem(Problem.type(slug(status)), status.getReason(), status.getCode(), detail,
                context.getRequest().getPath(), RequestIds.of(context.getRequest()), fields.isEmpty() ? null : fields);
        return ProblemResponses.challenged(base.body(problem).contentType(MediaType.of(Problem.MEDIA_TYPE)));
    }

    /** "register.request.email" (bean validation's path) and "/email" (the router's) become "email", the JSON field. */
    private static String fieldName(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('/'));
        return cut < 0 ? path : path.substring(cut + 1);
    }

    private static String slug(HttpStatus status) {
        return status.getReason().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}

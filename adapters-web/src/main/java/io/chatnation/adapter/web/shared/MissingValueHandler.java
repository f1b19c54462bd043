package io.chatnation.adapter.web.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import java.util.List;

/** A required body, query parameter or header is absent: a 400 naming it. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Replaces(UnsatisfiedRouteHandler.class)
public final class MissingValueHandler implements ExceptionHandler<UnsatisfiedRouteException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, UnsatisfiedRouteException e) {
        if (e instanceof UnsatisfiedBodyRouteException) {
            return ProblemResponses.respond(request, HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                    "The request needs a JSON body", null);
        }
        String name = e.getArgument().getName();
        return ProblemResponses.respond(request, HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                name + ": is required", List.of(new Problem.FieldProblem(name, "is required")));
    }
}

package io.chatnation.adapter.web.shared;

import io.chatnation.domain.shared.DomainException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A business rejection becomes its problem+json response: 400, 401, 402, 403, 404, 409 or 422. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public final class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DomainException exception) {
        return ProblemResponses.of(request, exception);
    }
}

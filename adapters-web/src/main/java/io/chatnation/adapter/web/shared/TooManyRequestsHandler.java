package io.chatnation.adapter.web.shared;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces(Problem.MEDIA_TYPE)
@Singleton
public final class TooManyRequestsHandler implements ExceptionHandler<TooManyRequests, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, TooManyRequests e) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        return ProblemResponses.respond(request, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
                e.getMessage(), null).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }
}

package io.chatnation.adapter.web.shared;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.json.JsonSyntaxException;
import jakarta.inject.Singleton;

/** A body that is not JSON at all: says where parsing stopped, without the parser's internal wording. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Replaces(JsonExceptionHandler.class)
public final class MalformedJsonHandler implements ExceptionHandler<JsonSyntaxException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, JsonSyntaxException e) {
        String where = e.getCause() instanceof JsonProcessingException parser && parser.getLocation() != null
                ? at(parser.getLocation())
                : "";
        return ProblemResponses.respond(request, HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON" + where, null);
    }

    private static String at(JsonLocation location) {
        return location.getLineNr() > 0 ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")" : "";
    }
}

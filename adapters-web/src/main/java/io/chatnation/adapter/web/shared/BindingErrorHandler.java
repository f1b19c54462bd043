package io.chatnation.adapter.web.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request value that cannot be read as what the endpoint takes: a JSON field of the wrong type
 * ({@code {"name": ["Acme"]}}), or a query value such as {@code ?limit=ten}. Answered as the same
 * invalid-input problem as the use cases' own field errors, naming the JSON field or query parameter
 * and never quoting parser internals.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Replaces(ConversionErrorHandler.class)
public final class BindingErrorHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");
    private static final Pattern UNEXPECTED_TOKEN = Pattern.compile("Unexpected token (\\w+), expected (\\w+)");

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException e) {
        Argument<?> argument = e.getArgument();
        Optional<SerdeException> serde = withLongestPath(e);
        if (argument.getAnnotationMetadata().hasStereotype(Body.class) || serde.isPresent()) {
            String message = causeOf(e, JsonTypeMismatch.class).map(Throwable::getMessage)
                    .or(() -> serde.map(BindingErrorHandler::fromParser))
                    .orElse("has the wrong type");
            String field = serde.map(BindingErrorHandler::jsonField).orElse("");
            if (field.isEmpty()) {
                return ProblemResponses.respond(request, HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                        "The request body " + message, null);
            }
            return invalid(request, field, message);
        }
        Object given = e.getConversionError().getOriginalValue().orElse(null);
        boolean wholeNumber = given != null && WHOLE_NUMBER.matcher(given.toString()).matches();
        return invalid(request, argument.getName(), wholeNumber && isInteger(argument.getType())
                ? "is out of range"
                : "must be " + expected(argument.getType()));
    }

    private static HttpResponse<Problem> invalid(HttpRequest<?> request, String field, String message) {
        return ProblemResponses.respond(request, HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                field + ": " + message, List.of(new Problem.FieldProblem(field, message)));
    }

    /** The JSON path of the failing value, as a client writes it: {@code scopes[1]}, {@code address.city}. */
    private static String jsonField(SerdeException e) {
        StringBuilder field = new StringBuilder();
        List<ReferencePath> path = e.getPath();
        // Serde appends each enclosing level as the exception travels outwards: the outermost comes last.
        for (ListIterator<ReferencePath> it = path.listIterator(path.size()); it.hasPrevious(); ) {
            ReferencePath step = it.previous();
            if (step instanceof CollectionItemReferencePath item) {
                field.append('[').append(item.index()).append(']');
            } else if (step instanceof MapItemReferencePath entry) {
                field.append(field.isEmpty() ? "" : ".").append(entry.key());
            } else if (step.getArgument() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getArgument().getName());
            }
        }
        return field.toString();
    }

    /** Jackson's "Unexpected token START_ARRAY, expected VALUE_STRING" in the client's words. */
    private static String fromParser(SerdeException e) {
        Matcher m = UNEXPECTED_TOKEN.matcher(String.valueOf(e.getMessage()));
        if (m.find()) {
            return "must be " + token(m.group(2)) + ", not " + token(m.group(1));
        }
        return "has the wrong type";
    }

    private static String token(String jackson) {
        return switch (jackson) {
            case "START_ARRAY", "END_ARRAY" -> "an array";
            case "START_OBJECT", "END_OBJECT", "FIELD_NAME" -> "an object";
            case "VALUE_STRING" -> "a string";
            case "VALUE_NUMBER_INT" -> "a whole number";
            case "VALUE_NUMBER_FLOAT" -> "a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "a boolean";
            case "VALUE_NULL" -> "null";
            default -> "another type";
        };
    }

    private static boolean isInteger(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class;
    }

    private static String expected(Class<?> type) {
        if (isInteger(type)) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a valid " + type.getSimpleName();
    }

    /** Serde may wrap the failure on its way out; the field is on whichever exception collected the path. */
    private static Optional<SerdeException> withLongestPath(Throwable e) {
        SerdeException best = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SerdeException s && (best == null || s.getPath().size() > best.getPath().size())) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    private static <T extends Throwable> Optional<T> causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}

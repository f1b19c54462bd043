package io.chatnation.adapter.web.messaging;

import io.chatnation.adapter.web.shared.Input;
import io.chatnation.domain.shared.InvalidInput;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The readings of request values the messaging endpoints share. An optional query filter left blank means "any", as
 * a dashboard form sends an empty field it was not asked to fill; a wrong one is collected in the request's
 * {@link Input}, named as the parameter, so the client learns of it with every other error.
 */
final class RequestValues {

    private RequestValues() {}

    /** The value as given; a missing or blank one is an error of {@code field}. */
    static String required(String field, String raw) {
        if (blank(raw)) {
            throw InvalidInput.of(field, "is required");
        }
        return raw;
    }

    /** The parsed filter, empty when absent or blank, and empty (its error collected) when wrong. */
    static <T> Optional<T> optional(Input input, String field, String raw, BiFunction<String, String, T> parse) {
        if (blank(raw)) {
            return Optional.empty();
        }
        return Optional.ofNullable(input.field(field, () -> parse.apply(field, raw)));
    }

    /** A yes/no filter written {@code true} or {@code false}. */
    static Optional<Boolean> flag(Input input, String field, String raw) {
        return optional(input, field, raw, RequestValues::bool);
    }

    private static boolean bool(String field, String raw) {
        return switch (raw.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInput.of(field, "must be true or false");
        };
    }

    static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}

package io.chatnation.domain.shared;

import java.util.List;

/** The input is malformed; each {@link FieldError} names the offending field. */
public final class InvalidInput extends DomainException {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {}
}

package io.chatnation.adapter.web.shared;

import io.chatnation.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a request's fields into domain values, collecting every field's error (named as the JSON field)
 * so the client learns all that is wrong in one answer.
 */
public final class Input {

    private final List<InvalidInput.FieldError> errors = new ArrayList<>();

    public <T> T field(String name, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInput e) {
            e.errors().forEach(f -> errors.add(new InvalidInput.FieldError(name, f.message())));
            return null;
        }
    }

    /**
     * Reads a value built from several request fields whose errors already name their own field
     * (a page request's "cursor" or "limit"), keeping those names.
     */
    public <T> T value(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** @throws InvalidInput when any field was wrong */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}

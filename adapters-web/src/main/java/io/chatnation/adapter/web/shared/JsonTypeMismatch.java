package io.chatnation.adapter.web.shared;

import io.micronaut.serde.exceptions.SerdeException;

/**
 * A request body's value has the wrong JSON type or content for its field. The message is written for
 * the client ("must be a string, not an array") and becomes the field's error in the problem response.
 */
public final class JsonTypeMismatch extends SerdeException {

    public JsonTypeMismatch(String message) {
        super(message);
    }
}

package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.regex.Pattern;

/** The name of an approved WhatsApp template: lower-case letters, digits and underscores, as WhatsApp requires. */
public record TemplateName(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[a-z0-9_]{1,512}$");

    public TemplateName {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("template.name", "is required");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw InvalidInput.of("template.name", "must be lower-case letters, digits and underscores");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

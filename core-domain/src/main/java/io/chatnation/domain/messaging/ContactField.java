package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a template variable takes its value when a message is personalised for a contact: {@code name} (the
 * contact's profile name), {@code phone}, or {@code custom.<key>} for one of the contact's custom fields.
 */
public record ContactField(String value) {

    private static final Pattern SHAPE = Pattern.compile("^(name|phone|custom\\.[a-zA-Z][a-zA-Z0-9_]{0,39})$");
    private static final String CUSTOM = "custom.";

    public ContactField {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("variable", "is required");
        }
        value = value.strip();
        if (!SHAPE.matcher(value).matches()) {
            throw InvalidInput.of("variable", "must be name, phone or custom.<field>, not '" + value + "'");
        }
    }

    /** The contact's value of this field; empty when the contact has none. */
    public Optional<String> of(ContactDetails contact) {
        if (value.equals("name")) {
            return contact.profile().name();
        }
        if (value.equals("phone")) {
            return contact.phone().map(Object::toString);
        }
        return Optional.ofNullable(contact.profile().customFields().get(value.substring(CUSTOM.length())));
    }

    @Override
    public String toString() {
        return value;
    }
}

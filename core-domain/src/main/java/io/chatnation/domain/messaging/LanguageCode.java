package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.regex.Pattern;

/** A template language as WhatsApp writes it: {@code en}, {@code sw}, {@code en_US}, {@code pt_BR}. */
public record LanguageCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[a-z]{2,3}(_[A-Z]{2})?$");

    public LanguageCode {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("template.language", "is required");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw InvalidInput.of("template.language", "must be a language code such as en, sw or en_US");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

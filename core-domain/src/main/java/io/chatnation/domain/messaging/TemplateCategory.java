package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a template is for, as WhatsApp classifies (and prices) it. */
public enum TemplateCategory {
    MARKETING,
    UTILITY,
    AUTHENTICATION;

    public static TemplateCategory parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        String wanted = raw.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(wanted)).findFirst()
                .orElseThrow(() -> InvalidInput.of(field, "must be one of " + Arrays.stream(values())
                        .map(Enum::name).collect(Collectors.joining(", "))));
    }
}

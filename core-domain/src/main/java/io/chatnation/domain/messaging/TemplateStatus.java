package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a template stands in WhatsApp's review; only an approved one may be sent. */
public enum TemplateStatus {
    PENDING,
    APPROVED,
    REJECTED,
    PAUSED;

    public static TemplateStatus parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        String wanted = raw.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(wanted)).findFirst()
                .orElseThrow(() -> InvalidInput.of(field, "must be one of " + Arrays.stream(values())
                        .map(Enum::name).collect(Collectors.joining(", "))));
    }
}

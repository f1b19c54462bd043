package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.regex.Pattern;

/** A WhatsApp Business Account (WABA) id: the Meta account that owns one or more of an organisation's numbers. */
public record BusinessAccountId(String value) {

    private static final Pattern DIGITS = Pattern.compile("^[0-9]{1,40}$");

    public BusinessAccountId {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("wabaId", "is required");
        }
        value = value.strip();
        if (!DIGITS.matcher(value).matches()) {
            throw InvalidInput.of("wabaId", "must be the numeric WhatsApp Business Account id");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

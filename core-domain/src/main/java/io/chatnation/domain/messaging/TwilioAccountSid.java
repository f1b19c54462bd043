package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.regex.Pattern;

/** A Twilio account SID: {@code AC} and 32 hexadecimal digits. It names the account in every API URL. */
public record TwilioAccountSid(String value) {

    private static final Pattern SHAPE = Pattern.compile("^AC[0-9a-fA-F]{32}$");

    public TwilioAccountSid {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("accountSid", "is required");
        }
        value = value.strip();
        if (!SHAPE.matcher(value).matches()) {
            throw InvalidInput.of("accountSid", "must be a Twilio account SID: AC followed by 32 hexadecimal digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

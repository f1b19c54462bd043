package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Who carries an organisation's WhatsApp number: Meta's Cloud API, Twilio, or the sandbox — a simulated phone that
 * lets an organisation try its flows before it has a provider account.
 */
public enum ChannelProvider {
    WHATSAPP_CLOUD("whatsapp_cloud"),
    TWILIO("twilio"),
    SANDBOX("sandbox");

    private final String code;

    ChannelProvider(String code) {
        this.code = code;
    }

    /** The name stored and shown by the API. */
    public String code() {
        return code;
    }

    public static ChannelProvider parse(String field, String raw) {
        String wanted = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.code.equals(wanted)).findFirst()
                .orElseThrow(() -> InvalidInput.of(field, "must be one of: "
                        + Arrays.stream(values()).map(ChannelProvider::code).collect(Collectors.joining(", "))));
    }
}

package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/** Who carries an organisation's WhatsApp number. Twilio and the sandbox join here when their channels do. */
public enum ChannelProvider {
    WHATSAPP_CLOUD("whatsapp_cloud");

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
                .orElseThrow(() -> InvalidInput.of(field, "must be one of: whatsapp_cloud"));
    }
}

package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Locale;

/** Where a conversation stands for the organisation's agents: open until an agent resolves it. */
public enum ConversationStatus {
    OPEN, RESOLVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConversationStatus parse(String field, String raw) {
        if (raw != null) {
            for (ConversationStatus s : values()) {
                if (s.wireName().equals(raw.strip().toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
        }
        throw InvalidInput.of(field, "must be open or resolved");
    }
}

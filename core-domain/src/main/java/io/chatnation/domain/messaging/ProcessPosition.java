package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Where a conversational process stands in one conversation: the process, its step, the little it remembers between
 * messages ({@code data}, kept in the conversation's state_data) and when it is abandoned if the contact goes quiet.
 */
public record ProcessPosition(String process, String step, Map<String, String> data, Instant expiresAt) {

    public static final int MAX_NAME_LENGTH = 60;

    public ProcessPosition {
        process = Text.line("process", process, MAX_NAME_LENGTH);
        step = Text.line("step", step, MAX_NAME_LENGTH);
        Objects.requireNonNull(expiresAt, "expiresAt");
        data = Map.copyOf(data);
        if (data.keySet().stream().anyMatch(String::isBlank)) {
            throw InvalidInput.of("data", "keys must not be blank");
        }
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}

package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;

/**
 * A secret of a channel account: an access token, an app secret, a webhook verify token. It never prints itself, so
 * it cannot leak into a log line or an error message by accident.
 */
public record ChannelSecret(String value) {

    public ChannelSecret {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("secret", "is required");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw InvalidInput.of("secret", "must not contain control characters");
        }
    }

    @Override
    public String toString() {
        return "ChannelSecret[****]";
    }
}

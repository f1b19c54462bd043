package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.regex.Pattern;

/**
 * The unguessable path segment of one channel account's webhook URL. A provider's POST names no organisation we can
 * trust, so the key in the URL is what says whose account (and whose secrets) the delivery is checked against.
 */
public record WebhookKey(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9_-]{32,64}$");

    public WebhookKey {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw InvalidInput.of("accountKey", "is not a webhook key");
        }
    }

    @Override
    public String toString() {
        // Only the start: enough to tell keys apart in a log, not enough to post to the account's webhook.
        return value.substring(0, 6) + "…";
    }
}

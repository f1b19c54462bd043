package io.chatnation.adapter.whatsapp.cloud;

import io.chatnation.domain.messaging.ChannelSecret;
import io.chatnation.ports.messaging.out.ChannelWebhooks.Confirmed;
import io.chatnation.ports.messaging.out.ChannelWebhooks.HandshakeAnswer;
import io.chatnation.ports.messaging.out.ChannelWebhooks.Refused;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The check Meta makes when a webhook URL is registered: {@code GET ?hub.mode=subscribe&hub.verify_token=T&hub.challenge=C}.
 * With our token, the challenge is echoed back as the raw body; otherwise the answer is 403.
 */
public final class VerificationHandshake {

    static final String MODE = "hub.mode";
    static final String VERIFY_TOKEN = "hub.verify_token";
    static final String CHALLENGE = "hub.challenge";
    /** Meta sends a number; echoing only URL-safe token characters keeps markup out of the response body. */
    private static final Pattern PLAIN_TOKEN = Pattern.compile("^[A-Za-z0-9._~-]{1,256}$");

    private VerificationHandshake() {}

    public static HandshakeAnswer answer(Map<String, String> query, ChannelSecret verifyToken) {
        if (!"subscribe".equals(query.get(MODE))) {
            return new Refused("hub.mode must be subscribe");
        }
        String token = query.get(VERIFY_TOKEN);
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                verifyToken.value().getBytes(StandardCharsets.UTF_8))) {
            return new Refused("hub.verify_token does not match");
        }
        String challenge = query.get(CHALLENGE);
        if (challenge == null || !PLAIN_TOKEN.matcher(challenge).matches()) {
            return new Refused("hub.challenge is missing or not a plain token");
        }
        return new Confirmed(challenge);
    }
}

package io.chatnation.adapter.whatsapp.cloud;

import io.chatnation.domain.messaging.ChannelSecret;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Hub-Signature-256} header Meta puts on every webhook POST: {@code sha256=} and the lower-case hex
 * HMAC-SHA256 of the raw body under the app secret. It is checked over the bytes exactly as received, before any
 * parsing, since re-serialised JSON would not hash the same.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Hub-Signature-256";
    private static final String PREFIX = "sha256=";
    private static final int HEX_LENGTH = 64;

    private WebhookSignature() {}

    public enum Check {
        VALID, MISSING, MALFORMED, MISMATCH;

        public boolean isValid() {
            return this == VALID;
        }
    }

    /** The header value a body signed with {@code appSecret} carries. */
    public static String sign(ChannelSecret appSecret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(appSecret, body));
    }

    public static Check check(ChannelSecret appSecret, byte[] body, Optional<String> header) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Check.MISSING;
        }
        String value = header.get().strip();
        if (!value.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) || value.length() != PREFIX.length() + HEX_LENGTH) {
            return Check.MALFORMED;
        }
        byte[] presented;
        try {
            presented = HexFormat.of().parseHex(value.substring(PREFIX.length()).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Check.MALFORMED;
        }
        // Constant time: a comparison that stops at the first differing byte lets an attacker find the HMAC byte by byte.
        return MessageDigest.isEqual(hmac(appSecret, body), presented) ? Check.VALID : Check.MISMATCH;
    }

    private static byte[] hmac(ChannelSecret secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.value().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

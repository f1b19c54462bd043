package io.chatnation.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a high-entropy random secret (refresh token, API key, invitation). Such secrets do not
 * need a slow hash: their entropy already defeats guessing, and a fast digest allows lookup by value.
 */
public record SecretDigest(String hex) {

    public static SecretDigest of(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return new SecretDigest(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    public boolean matches(String secret) {
        return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII),
                of(secret).hex.getBytes(StandardCharsets.US_ASCII));
    }
}

package io.chatnation.adapter.web.identity;

import io.chatnation.ports.identity.out.SecretGenerator;
import java.security.SecureRandom;
import java.util.Base64;

public final class SecureRandomSecrets implements SecretGenerator {

    private static final char[] PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final SecureRandom random = new SecureRandom();

    @Override
    public String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String keyPrefix() {
        char[] prefix = new char[12];
        for (int i = 0; i < prefix.length; i++) {
            prefix[i] = PREFIX_ALPHABET[random.nextInt(PREFIX_ALPHABET.length)];
        }
        return new String(prefix);
    }
}

package io.chatnation.adapter.payments.shared;

import io.chatnation.ports.billing.out.CallbackTokens;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** 256 random bits, URL-safe: a path segment nobody finds by guessing or enumerating. */
public final class SecureCallbackTokens implements CallbackTokens {

    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    private final SecureRandom random = new SecureRandom();

    @Override
    public String next() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Anything but 43 URL-safe Base64 characters is not one of ours, and not worth a database lookup. */
    @Override
    public boolean couldBeOne(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }
}

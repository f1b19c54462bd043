package io.chatnation.domain.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The presented form of an API key: {@code cn_<prefix>_<secret>}. The prefix is stored in clear to find
 * the key (and to show the key in lists); the secret is stored only as a digest.
 */
public record ApiKeyToken(String prefix, String secret) {

    private static final Pattern SHAPE = Pattern.compile("^cn_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$");

    public static Optional<ApiKeyToken> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        var m = SHAPE.matcher(raw.trim());
        return m.matches() ? Optional.of(new ApiKeyToken(m.group(1), m.group(2))) : Optional.empty();
    }

    public static boolean looksLikeOne(String raw) {
        return raw != null && raw.startsWith("cn_");
    }

    public String presented() {
        return "cn_" + prefix + "_" + secret;
    }

    @Override
    public String toString() {
        return "cn_" + prefix + "_****";
    }
}

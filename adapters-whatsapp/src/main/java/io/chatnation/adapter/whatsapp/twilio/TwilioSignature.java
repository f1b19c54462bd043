package io.chatnation.adapter.whatsapp.twilio;

import io.chatnation.domain.messaging.ChannelSecret;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Twilio-Signature} header on every Twilio webhook: Base64 of the HMAC-SHA1, under the account's auth
 * token, of the full URL Twilio called followed by each POST parameter, sorted by name, as name then value. Twilio's
 * own validators accept the URL with and without an explicit default port (Twilio may sign either form), so both
 * are tried.
 */
public final class TwilioSignature {

    public static final String HEADER = "X-Twilio-Signature";

    private TwilioSignature() {}

    /** The signature Twilio sends for a POST of {@code parameters} to {@code url}. */
    public static String sign(ChannelSecret authToken, String url, Map<String, List<String>> parameters) {
        return Base64.getEncoder().encodeToString(hmac(authToken, payload(url, parameters)));
    }

    public static boolean isValid(ChannelSecret authToken, String url, Map<String, List<String>> parameters,
                                  Optional<String> header) {
        if (header.isEmpty() || header.get().isBlank()) {
            return false;
        }
        byte[] presented;
        try {
            presented = Base64.getDecoder().decode(header.get().strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (String candidate : urlForms(url)) {
            // Constant time, so the signature cannot be found byte by byte from response timings.
            if (MessageDigest.isEqual(hmac(authToken, payload(candidate, parameters)), presented)) {
                return true;
            }
        }
        return false;
    }

    private static String payload(String url, Map<String, List<String>> parameters) {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(parameters).forEach((name, values) -> values.stream().sorted()
                .forEach(value -> signed.append(name).append(value)));
        return signed.toString();
    }

    /** The URL as given, and the same URL with its scheme's default port added or removed. */
    private static List<String> urlForms(String url) {
        try {
            URI uri = new URI(url);
            int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            if (uri.getHost() == null) {
                return List.of(url);
            }
            URI other = uri.getPort() == -1
                    ? new URI(uri.getScheme(), uri.getUserInfo(), uri.getHost(), defaultPort, uri.getRawPath(), null, null)
                    : uri.getPort() == defaultPort
                    ? new URI(uri.getScheme(), uri.getUserInfo(), uri.getHost(), -1, uri.getRawPath(), null, null)
                    : null;
            if (other == null) {
                return List.of(url);
            }
            String rebuilt = other.toString() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
            return List.of(url, rebuilt);
        } catch (URISyntaxException e) {
            return List.of(url);
        }
    }

    private static byte[] hmac(ChannelSecret token, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.value().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA1 is part of every Java runtime", e);
        }
    }
}

package io.chatnation.adapter.payments.stripe;

import io.chatnation.domain.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the {@code Stripe-Signature} header of a webhook delivery: {@code t=<unix seconds>,v1=<hex
 * HMAC-SHA256(endpoint secret, "<t>.<raw body>")>} (several {@code v1} while a secret is being rolled). The
 * timestamp is signed too, so a captured delivery cannot be replayed once it is older than the tolerance.
 */
public final class StripeWebhookVerifier {

    public static final String HEADER = "Stripe-Signature";
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);

    private final byte[] secret;
    private final Duration tolerance;
    private final Clock clock;

    public StripeWebhookVerifier(String endpointSecret, Duration tolerance, Clock clock) {
        if (endpointSecret == null || endpointSecret.isBlank()) {
            throw new IllegalArgumentException("chatnation.payments.stripe.webhook-secret is required");
        }
        this.secret = endpointSecret.getBytes(StandardCharsets.UTF_8);
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /** @throws InvalidInput naming the header when the signature is missing, malformed, too old or wrong */
    public void verify(String header, byte[] payload) {
        if (header == null || header.isBlank()) {
            throw InvalidInput.of(HEADER, "is missing");
        }
        long timestamp = -1;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            if (key.equals("t")) {
                try {
                    timestamp = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw InvalidInput.of(HEADER, "has a malformed timestamp");
                }
            } else if (key.equals("v1")) {
                signatures.add(value);
            }
        }
        if (timestamp < 0 || signatures.isEmpty()) {
            throw InvalidInput.of(HEADER, "must carry a timestamp and a v1 signature");
        }
        long age = clock.instant().getEpochSecond() - timestamp;
        if (Math.abs(age) > tolerance.toSeconds()) {
            throw InvalidInput.of(HEADER, "is outside the " + tolerance.toSeconds() + " second tolerance");
        }
        byte[] expected = sign(timestamp, payload).getBytes(StandardCharsets.US_ASCII);
        boolean matches = false;
        for (String candidate : signatures) {
            matches |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII));
        }
        if (!matches) {
            throw InvalidInput.of(HEADER, "does not match the payload");
        }
    }

    /** The lowercase hex v1 signature of {@code payload} sent at {@code timestamp}. */
    public String sign(long timestamp, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(payload));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}

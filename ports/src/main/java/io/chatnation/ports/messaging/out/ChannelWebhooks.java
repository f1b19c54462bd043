package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.ChannelSecret;
import io.chatnation.domain.messaging.InboundBatch;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads what a provider posts to our webhook: proves it came from the provider (a signature over the raw body with
 * the account's secret) and turns it into the platform's inbound messages and delivery reports. The HTTP edge
 * receives the request; this port decides, so the edge never parses a provider's format itself.
 */
public interface ChannelWebhooks {

    /** Answers the provider's subscription check: the challenge to echo back, or a refusal. */
    HandshakeAnswer answerHandshake(Map<String, String> queryParameters, ChannelSecret verifyToken);

    /** Authenticates and decodes one delivery; nothing of a rejected delivery is decoded. */
    Decoding decode(Delivery delivery, ChannelSecret signingSecret);

    /**
     * A webhook request as received: header names in any case, the body byte for byte as it arrived, and the public
     * URL it was posted to (empty where the provider does not sign the URL), as the provider saw it.
     */
    record Delivery(Map<String, String> headers, byte[] body, String url) {
        public Delivery {
            headers = headers.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                    e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
            Objects.requireNonNull(body, "body");
            url = url == null ? "" : url;
        }

        public Delivery(Map<String, String> headers, byte[] body) {
            this(headers, body, "");
        }

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    sealed interface HandshakeAnswer {
    }

    /** Echo {@code challenge} back, as the raw response body. */
    record Confirmed(String challenge) implements HandshakeAnswer {
    }

    /** Not a subscription request, or not with our token: answer 403. */
    record Refused(String reason) implements HandshakeAnswer {
    }

    sealed interface Decoding {
    }

    record Decoded(InboundBatch batch) implements Decoding {
        public Decoded {
            Objects.requireNonNull(batch, "batch");
        }
    }

    /** The signature is missing or does not match the body: not from the provider, answer 401. */
    record Unauthenticated(String reason) implements Decoding {
    }

    /** Signed correctly but not a payload we can read: answer 400, store nothing. */
    record Malformed(String reason) implements Decoding {
    }
}

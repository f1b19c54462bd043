package io.chatnation.adapter.whatsapp.cloud;

import io.chatnation.domain.messaging.ChannelSecret;
import io.chatnation.ports.messaging.out.ChannelWebhooks;
import java.util.Map;

/** The Cloud API's webhooks: Meta's subscription handshake, then signed POSTs read into inbound batches. */
public final class CloudApiWebhooks implements ChannelWebhooks {

    private final CloudApiWebhookParser parser = new CloudApiWebhookParser();

    @Override
    public HandshakeAnswer answerHandshake(Map<String, String> queryParameters, ChannelSecret verifyToken) {
        return VerificationHandshake.answer(queryParameters, verifyToken);
    }

    @Override
    public Decoding decode(Delivery delivery, ChannelSecret appSecret) {
        WebhookSignature.Check check = WebhookSignature.check(appSecret, delivery.body(),
                delivery.header(WebhookSignature.HEADER));
        if (!check.isValid()) {
            return new Unauthenticated(switch (check) {
                case MISSING -> WebhookSignature.HEADER + " is missing";
                case MALFORMED -> WebhookSignature.HEADER + " is not sha256=<64 hex digits>";
                default -> WebhookSignature.HEADER + " does not match the body";
            });
        }
        try {
            return new Decoded(parser.parse(delivery.body()));
        } catch (MalformedWebhook e) {
            return new Malformed(e.getMessage());
        }
    }
}

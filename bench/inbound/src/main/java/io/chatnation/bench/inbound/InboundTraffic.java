package io.chatnation.bench.inbound;

import io.chatnation.adapter.whatsapp.cloud.fake.WebhookPayloads;
import io.chatnation.adapter.whatsapp.cloud.fake.WebhookPayloads.SignedWebhook;
import io.chatnation.domain.messaging.ChannelSecret;
import java.time.Instant;

/**
 * The webhooks of a run, built and signed before the clock starts so that the load generator spends its share of the
 * two cores on sending, not on JSON and HMAC. Message {@code k} comes from user {@code k mod senders}: each user writes
 * again every {@code senders / rate} seconds, the first time as a new contact.
 */
final class InboundTraffic {

    static final String WABA_ID = "102290129340398";
    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String DISPLAY_NUMBER = "+254700000001";
    private static final String ID_PREFIX = "wamid.bench.";

    private final SignedWebhook[] webhooks;

    private InboundTraffic(SignedWebhook[] webhooks) {
        this.webhooks = webhooks;
    }

    static InboundTraffic build(long messages, int senders, ChannelSecret appSecret) {
        if (messages > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many messages for one run: " + messages);
        }
        SignedWebhook[] webhooks = new SignedWebhook[(int) messages];
        long timestamp = Instant.now().getEpochSecond();
        for (int k = 0; k < webhooks.length; k++) {
            String user = user(k % senders);
            webhooks[k] = WebhookPayloads.builder()
                    .entry(WABA_ID)
                    .change(PHONE_NUMBER_ID, DISPLAY_NUMBER.substring(1))
                    .contact(user, "Listener " + (k % senders))
                    .message(WebhookPayloads.textMessage(messageId(k), user, timestamp, "hi"))
                    .signedWith(appSecret);
        }
        return new InboundTraffic(webhooks);
    }

    SignedWebhook webhook(int k) {
        return webhooks[k];
    }

    int size() {
        return webhooks.length;
    }

    /** The WhatsApp id (its digits) of user {@code n}. */
    static String user(int n) {
        return String.valueOf(254_700_000_000L + n);
    }

    static String messageId(int k) {
        return ID_PREFIX + k;
    }

    /** The index of the message a reply's context names; -1 when it is not one of this run's. */
    static int indexOf(String messageId) {
        if (messageId == null || !messageId.startsWith(ID_PREFIX)) {
            return -1;
        }
        try {
            return Integer.parseInt(messageId.substring(ID_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

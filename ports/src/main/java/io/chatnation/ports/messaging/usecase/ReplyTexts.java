package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.OutboundContent;

/**
 * What the platform answers on its own: the default reply when nothing else handles a message, and the
 * confirmations of opting out and back in. Checked against WhatsApp's text limit when configured, not when sent.
 */
public record ReplyTexts(String defaultReply, String optedOut, String optedIn) {

    public ReplyTexts {
        OutboundContent.TextMessage.of(defaultReply);
        OutboundContent.TextMessage.of(optedOut);
        OutboundContent.TextMessage.of(optedIn);
    }
}

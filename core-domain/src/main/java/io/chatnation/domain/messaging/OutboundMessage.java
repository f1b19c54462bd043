package io.chatnation.domain.messaging;

import java.util.Objects;
import java.util.Optional;

/**
 * A message to send to one WhatsApp user. {@code replyTo} quotes one of the user's messages; {@code callbackData}
 * comes back with every status report of this message.
 */
public record OutboundMessage(WhatsAppIdentity to, OutboundContent content, Optional<ProviderMessageId> replyTo,
                              Optional<CallbackData> callbackData) {

    public OutboundMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(callbackData, "callbackData");
    }

    public static OutboundMessage to(WhatsAppIdentity to, OutboundContent content) {
        return new OutboundMessage(to, content, Optional.empty(), Optional.empty());
    }
}

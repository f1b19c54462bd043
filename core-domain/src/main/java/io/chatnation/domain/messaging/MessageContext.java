package io.chatnation.domain.messaging;

import java.util.Optional;

/**
 * Where an inbound message sits in the thread: the message it replies to (a quoted reply, or the message whose button
 * was tapped) and whether it was forwarded. A forwarded message carries the flags without a replied-to message.
 */
public record MessageContext(Optional<ProviderMessageId> repliedTo, Optional<String> repliedToSender,
                             boolean forwarded, boolean frequentlyForwarded) {
}

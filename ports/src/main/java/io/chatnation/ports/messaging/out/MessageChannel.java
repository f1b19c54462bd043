package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.OutboundMessage;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.domain.messaging.SendOutcome;

/**
 * One WhatsApp number of an organisation, through whichever provider carries it. Neither method throws for a
 * provider's refusal or an unreachable provider: the outcome says what happened and whether a retry can help.
 */
public interface MessageChannel {

    /** Hands the message to the provider; {@link SendOutcome.Accepted} carries the id its status reports will name. */
    SendOutcome send(OutboundMessage message);

    /** Marks an inbound message (and the ones before it) as read, showing the user blue ticks. */
    SendOutcome markAsRead(ProviderMessageId inboundMessage);
}

package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.OutboundMessage;
import io.chatnation.domain.messaging.ProviderMessageId;

/**
 * The sandbox channel's "provider": a message sent to a simulated phone is accepted at once, kept for the phone to
 * show, and reported delivered through the same delivery-report jobs a real provider's status webhook feeds.
 */
public interface ReportSandboxDelivery {

    /** Accepts the message and answers the id its delivery report names. */
    ProviderMessageId deliver(ChannelAccount account, OutboundMessage message);
}

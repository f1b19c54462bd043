package io.chatnation.adapter.whatsapp.sandbox;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.domain.messaging.OutboundMessage;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.domain.messaging.SendOutcome;
import io.chatnation.ports.messaging.in.ReportSandboxDelivery;
import io.chatnation.ports.messaging.out.MessageChannel;
import java.util.Objects;

/**
 * The channel of a sandbox number: instead of calling a provider it hands the message to the simulated phone, which
 * takes any content a real number could send and reports it delivered.
 */
public final class SandboxChannel implements MessageChannel {

    private final ChannelAccount account;
    private final ReportSandboxDelivery phones;

    public SandboxChannel(ChannelAccount account, ReportSandboxDelivery phones) {
        this.account = Objects.requireNonNull(account, "account");
        this.phones = Objects.requireNonNull(phones, "phones");
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
        if (message.to().phone().isEmpty()) {
            // A simulated phone is addressed by its number; a username-only identity cannot be one of them.
            return new SendOutcome.Failed(ChannelFailure.permanent("sandbox.no_phone",
                    "The sandbox reaches phones by number only"));
        }
        return new SendOutcome.Accepted(phones.deliver(account, message));
    }

    @Override
    public SendOutcome markAsRead(ProviderMessageId inboundMessage) {
        // The simulated phone shows no read ticks: there is nothing to tell it.
        return new SendOutcome.Accepted(inboundMessage);
    }
}

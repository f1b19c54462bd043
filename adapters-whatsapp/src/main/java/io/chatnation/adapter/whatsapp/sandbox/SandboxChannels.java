package io.chatnation.adapter.whatsapp.sandbox;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.ports.messaging.in.ReportSandboxDelivery;
import io.chatnation.ports.messaging.out.ChannelConnector;
import io.chatnation.ports.messaging.out.MessageChannel;

/** Opens the {@link SandboxChannel} of a sandbox number. */
public final class SandboxChannels implements ChannelConnector {

    private final ReportSandboxDelivery phones;

    public SandboxChannels(ReportSandboxDelivery phones) {
        this.phones = phones;
    }

    @Override
    public MessageChannel connect(ChannelAccount account, ChannelCredentials credentials) {
        if (account.provider() != ChannelProvider.SANDBOX) {
            throw new IllegalArgumentException("not a sandbox number: " + account.provider().code());
        }
        return new SandboxChannel(account, phones);
    }
}

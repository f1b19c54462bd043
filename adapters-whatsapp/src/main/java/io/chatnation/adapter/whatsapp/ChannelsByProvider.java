package io.chatnation.adapter.whatsapp;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.ports.messaging.out.ChannelConnector;
import io.chatnation.ports.messaging.out.MessageChannel;
import java.util.EnumMap;
import java.util.Map;

/** Opens each account's channel through the connector of the provider that carries its number. */
public final class ChannelsByProvider implements ChannelConnector {

    private final Map<ChannelProvider, ChannelConnector> connectors;

    public ChannelsByProvider(Map<ChannelProvider, ChannelConnector> connectors) {
        this.connectors = new EnumMap<>(connectors);
    }

    @Override
    public MessageChannel connect(ChannelAccount account, ChannelCredentials credentials) {
        ChannelConnector connector = connectors.get(account.provider());
        if (connector == null) {
            throw new IllegalStateException("no channel is configured for " + account.provider().code());
        }
        return connector.connect(account, credentials);
    }
}

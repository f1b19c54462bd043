package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelCredentials;

/** Opens the channel that sends as one of the organisation's numbers, through the account's provider. */
public interface ChannelConnector {

    MessageChannel connect(ChannelAccount account, ChannelCredentials credentials);
}

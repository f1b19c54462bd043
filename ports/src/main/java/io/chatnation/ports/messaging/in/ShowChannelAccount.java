package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.shared.Caller;

public interface ShowChannelAccount {
    ChannelAccount show(Caller caller, ChannelAccountId id);
}

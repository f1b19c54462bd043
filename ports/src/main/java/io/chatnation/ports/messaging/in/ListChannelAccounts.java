package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.shared.Caller;
import java.util.List;

public interface ListChannelAccounts {
    List<ChannelAccount> list(Caller caller);
}

package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.shared.Caller;

/** Disconnects a number: its webhook URL stops working at once; the messages it carried stay in the history. */
public interface RemoveChannelAccount {
    void remove(Caller caller, ChannelAccountId id);
}

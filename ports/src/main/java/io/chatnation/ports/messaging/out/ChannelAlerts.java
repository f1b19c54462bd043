package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelFailure;
import java.time.Instant;

/**
 * Problems with a number that only the organisation can fix (its access token expired), raised once however many
 * sends fail: the account is marked as needing attention and the organisation's admins get one notification.
 */
public interface ChannelAlerts {

    /** True when this call raised the alert; false when the account already needed attention for it. */
    boolean raise(ChannelAccountId account, ChannelFailure failure, Instant at);
}

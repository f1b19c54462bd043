package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelAlert;
import io.chatnation.domain.messaging.ChannelAttention;
import io.chatnation.domain.shared.Caller;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the organisation's admins are told about its numbers: which need attention, and the alerts raised. */
public interface ShowChannelAlerts {

    Map<ChannelAccountId, ChannelAttention> attention(Caller caller);

    /** Unread first, then newest first; at most 100. */
    List<ChannelAlert> alerts(Caller caller);

    /** Marks the alert read for everyone in the organisation; marking it again changes nothing. */
    ChannelAlert markRead(Caller caller, UUID alert);
}

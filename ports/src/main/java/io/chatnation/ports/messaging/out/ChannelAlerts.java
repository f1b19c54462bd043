package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelAlert;
import io.chatnation.domain.messaging.ChannelAttention;
import io.chatnation.domain.messaging.ChannelFailure;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Problems with a number that only the organisation can fix (its access token expired), raised once however many
 * sends fail: the account is marked as needing attention and the organisation's admins get one notification.
 */
public interface ChannelAlerts {

    /** True when this call raised the alert; false when the account already needed attention for it. */
    boolean raise(ChannelAccountId account, ChannelFailure failure, Instant at);

    /** The current organisation's numbers that need attention, by account. */
    Map<ChannelAccountId, ChannelAttention> attention();

    /** The current organisation's alerts, unread first, then newest first. */
    List<ChannelAlert> alerts(int limit);

    Optional<ChannelAlert> alert(UUID id);

    void markRead(UUID id, Instant at);

    /** Across organisations: alerts not yet mailed and not being mailed by another node right now. */
    List<Due> undelivered(Instant now, int limit);

    /** Takes an undelivered alert for mailing until {@code until}; empty when it was delivered or is taken. */
    Optional<ChannelAlert> claim(UUID id, Instant now, Instant until);

    /** Marks the alert delivered with what became of its mail: sent, skipped (no mail configured) or failed. */
    void delivered(UUID id, String mailState, Instant at);

    record Due(io.chatnation.domain.shared.OrgId org, UUID alert) {}
}

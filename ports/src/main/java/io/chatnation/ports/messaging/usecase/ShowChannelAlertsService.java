package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelAlert;
import io.chatnation.domain.messaging.ChannelAttention;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.ShowChannelAlerts;
import io.chatnation.ports.messaging.out.ChannelAlerts;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Channel alerts are for those who manage the organisation's numbers, like the numbers themselves. */
public final class ShowChannelAlertsService implements ShowChannelAlerts {

    private static final int MAX_ALERTS = 100;

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final ChannelAlerts alerts;
    private final Clock clock;

    public ShowChannelAlertsService(UnitOfWork uow, CheckAccess access, ChannelAlerts alerts, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public Map<ChannelAccountId, ChannelAttention> attention(Caller caller) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.ORG_MANAGE);
            return alerts.attention();
        });
    }

    @Override
    public List<ChannelAlert> alerts(Caller caller) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.ORG_MANAGE);
            return alerts.alerts(MAX_ALERTS);
        });
    }

    @Override
    public ChannelAlert markRead(Caller caller, UUID id) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.ORG_MANAGE);
            ChannelAlert alert = alerts.alert(id).orElseThrow(() -> new NotFound("channel alert"));
            if (alert.readAt().isEmpty()) {
                alerts.markRead(id, clock.instant());
            }
            return alerts.alert(id).orElseThrow();
        });
    }
}

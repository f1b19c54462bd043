package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.alert.AlertId;
import io.chatnation.domain.billing.alert.LowBalanceAlert;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.billing.in.MarkNotificationRead;
import io.chatnation.ports.billing.out.LowBalanceAlerts;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.util.Map;

public final class MarkNotificationReadService implements MarkNotificationRead {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final LowBalanceAlerts alerts;
    private final RecordAuditEntry audit;
    private final Clock clock;

    public MarkNotificationReadService(UnitOfWork uow, CheckAccess access, LowBalanceAlerts alerts, RecordAuditEntry audit,
                                       Clock clock) {
        this.uow = uow;
        this.access = access;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public LowBalanceAlert markRead(Caller caller, AlertId id) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.BILLING_READ);
            LowBalanceAlert alert = alerts.find(id).orElseThrow(() -> new NotFound("Notification " + id));
            if (alert.isRead()) {
                return alert;
            }
            alerts.markRead(id, clock.instant());
            audit.record(RecordAuditEntry.Command.changed(caller, "notification.read", "notification", id.value(),
                    Map.of("read", false), Map.of("read", true)));
            return alerts.find(id).orElseThrow();
        });
    }
}

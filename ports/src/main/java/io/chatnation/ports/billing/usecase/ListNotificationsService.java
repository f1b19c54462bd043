package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.alert.LowBalanceAlert;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.billing.in.ListNotifications;
import io.chatnation.ports.billing.out.LowBalanceAlerts;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;

public final class ListNotificationsService implements ListNotifications {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final LowBalanceAlerts alerts;

    public ListNotificationsService(UnitOfWork uow, CheckAccess access, LowBalanceAlerts alerts) {
        this.uow = uow;
        this.access = access;
        this.alerts = alerts;
    }

    @Override
    public Page<LowBalanceAlert> list(Caller caller, PageRequest page) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.BILLING_READ);
            return alerts.find(page);
        });
    }
}

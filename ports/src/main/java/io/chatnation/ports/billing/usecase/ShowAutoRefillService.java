package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.alert.AutoRefill;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.billing.in.ShowAutoRefill;
import io.chatnation.ports.billing.out.AutoRefills;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.util.Optional;

public final class ShowAutoRefillService implements ShowAutoRefill {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final AutoRefills refills;

    public ShowAutoRefillService(UnitOfWork uow, CheckAccess access, AutoRefills refills) {
        this.uow = uow;
        this.access = access;
        this.refills = refills;
    }

    @Override
    public Optional<AutoRefill> show(Caller caller) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.BILLING_READ);
            return refills.find();
        });
    }
}

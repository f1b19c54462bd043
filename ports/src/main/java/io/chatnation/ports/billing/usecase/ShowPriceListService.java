package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.PriceList;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.billing.in.ShowPriceList;
import io.chatnation.ports.billing.out.PriceOverrides;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;

public final class ShowPriceListService implements ShowPriceList {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final PriceOverrides overrides;

    public ShowPriceListService(UnitOfWork uow, CheckAccess access, PriceOverrides overrides) {
        this.uow = uow;
        this.access = access;
        this.overrides = overrides;
    }

    @Override
    public PriceList show(Caller caller) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.BILLING_READ);
            return PriceList.withOverrides(overrides.all());
        });
    }
}

package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.PriceList;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.QuoteCost;
import io.chatnation.ports.billing.out.PriceOverrides;
import io.chatnation.ports.shared.out.UnitOfWork;

public final class QuoteCostService implements QuoteCost {

    private final UnitOfWork uow;
    private final PriceOverrides overrides;

    public QuoteCostService(UnitOfWork uow, PriceOverrides overrides) {
        this.uow = uow;
        this.overrides = overrides;
    }

    @Override
    public TokenAmount quote(OrgId org, BillableAction action, long quantity) {
        return uow.inOrganization(org, () -> PriceList.withOverrides(overrides.all()).costOf(action, quantity));
    }
}

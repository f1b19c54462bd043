package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.billing.in.ListPurchases;
import io.chatnation.ports.billing.out.Purchases;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;

public final class ListPurchasesService implements ListPurchases {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final Purchases purchases;

    public ListPurchasesService(UnitOfWork uow, CheckAccess access, Purchases purchases) {
        this.uow = uow;
        this.access = access;
        this.purchases = purchases;
    }

    @Override
    public Page<Purchase> list(Caller caller, PageRequest page) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.BILLING_READ);
            return purchases.page(page);
        });
    }
}

package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.purchase.Purchase;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.billing.in.ShowPurchase;
import io.chatnation.ports.billing.out.Purchases;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;

public final class ShowPurchaseService implements ShowPurchase {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final Purchases purchases;

    public ShowPurchaseService(UnitOfWork uow, CheckAccess access, Purchases purchases) {
        this.uow = uow;
        this.access = access;
        this.purchases = purchases;
    }

    @Override
    public Purchase show(Caller caller, PurchaseId purchase) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.BILLING_READ);
            return purchases.find(purchase).orElseThrow(() -> new NotFound("Purchase"));
        });
    }
}

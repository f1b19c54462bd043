package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.billing.in.ListTokenBundles;
import io.chatnation.ports.billing.out.TokenBundles;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;

public final class ListTokenBundlesService implements ListTokenBundles {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final TokenBundles bundles;
    private final PaymentGateways gateways;

    public ListTokenBundlesService(UnitOfWork uow, CheckAccess access, TokenBundles bundles, PaymentGateways gateways) {
        this.uow = uow;
        this.access = access;
        this.bundles = bundles;
        this.gateways = gateways;
    }

    @Override
    public Catalogue list(Caller caller) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.BILLING_READ);
            return new Catalogue(bundles.onSale(), gateways.available(), gateways.defaultProvider());
        });
    }
}

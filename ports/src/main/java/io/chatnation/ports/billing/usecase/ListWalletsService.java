package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.billing.in.ListWallets;
import io.chatnation.ports.billing.out.Wallets;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.util.List;

public final class ListWalletsService implements ListWallets {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final Wallets wallets;

    public ListWalletsService(UnitOfWork uow, CheckAccess access, Wallets wallets) {
        this.uow = uow;
        this.access = access;
        this.wallets = wallets;
    }

    @Override
    public List<Wallet> list(Caller caller) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.BILLING_READ);
            wallets.main();
            return wallets.all();
        });
    }
}

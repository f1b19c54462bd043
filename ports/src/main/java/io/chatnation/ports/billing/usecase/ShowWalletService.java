package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.billing.in.ShowWallet;
import io.chatnation.ports.billing.out.Wallets;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.util.Optional;

public final class ShowWalletService implements ShowWallet {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final Wallets wallets;

    public ShowWalletService(UnitOfWork uow, CheckAccess access, Wallets wallets) {
        this.uow = uow;
        this.access = access;
        this.wallets = wallets;
    }

    @Override
    public Wallet show(Caller caller, Optional<WalletId> wallet) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.BILLING_READ);
            return wallet.isEmpty() ? wallets.main()
                    : wallets.find(wallet.get()).orElseThrow(() -> new NotFound("Wallet " + wallet.get()));
        });
    }
}

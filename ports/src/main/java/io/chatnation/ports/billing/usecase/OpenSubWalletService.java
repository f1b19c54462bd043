package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.billing.in.OpenSubWallet;
import io.chatnation.ports.billing.out.Wallets;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;

public final class OpenSubWalletService implements OpenSubWallet {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final Wallets wallets;
    private final RecordAuditEntry audit;
    private final IdGenerator ids;
    private final Clock clock;

    public OpenSubWalletService(UnitOfWork uow, CheckAccess access, Wallets wallets, RecordAuditEntry audit,
                                IdGenerator ids, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.wallets = wallets;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Wallet open(Command c) {
        return uow.inOrganization(c.caller().orgId(), () -> {
            access.of(c.caller()).require(Permission.BILLING_MANAGE);
            Wallet wallet = Wallet.openSub(new WalletId(ids.next()), c.name(), c.lowBalanceThreshold(), clock.instant());
            wallets.add(wallet);
            audit.record(RecordAuditEntry.Command.created(c.caller(), "wallet.opened", "wallet", wallet.id().value(),
                    WalletSnapshot.of(wallet)));
            return wallet;
        });
    }
}

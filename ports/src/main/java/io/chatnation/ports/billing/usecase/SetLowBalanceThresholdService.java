package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.billing.in.SetLowBalanceThreshold;
import io.chatnation.ports.billing.out.Wallets;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;

public final class SetLowBalanceThresholdService implements SetLowBalanceThreshold {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final Wallets wallets;
    private final RecordAuditEntry audit;

    public SetLowBalanceThresholdService(UnitOfWork uow, CheckAccess access, Wallets wallets, RecordAuditEntry audit) {
        this.uow = uow;
        this.access = access;
        this.wallets = wallets;
        this.audit = audit;
    }

    @Override
    public Wallet set(Command c) {
        return uow.inOrganization(c.caller().orgId(), () -> {
            access.of(c.caller()).require(Permission.BILLING_MANAGE);
            Wallet before = wallets.find(c.wallet()).orElseThrow(() -> new NotFound("Wallet " + c.wallet()));
            Wallet after = before.withLowBalanceThreshold(c.threshold());
            wallets.setLowBalanceThreshold(c.wallet(), c.threshold());
            audit.record(RecordAuditEntry.Command.changed(c.caller(), "wallet.threshold_changed", "wallet", c.wallet().value(),
                    WalletSnapshot.of(before), WalletSnapshot.of(after)));
            return after;
        });
    }
}

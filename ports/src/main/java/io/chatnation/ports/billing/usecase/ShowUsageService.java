package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.UsageLine;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.billing.in.ShowUsage;
import io.chatnation.ports.billing.out.TokenLedger;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.util.List;

public final class ShowUsageService implements ShowUsage {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final TokenLedger ledger;

    public ShowUsageService(UnitOfWork uow, CheckAccess access, TokenLedger ledger) {
        this.uow = uow;
        this.access = access;
        this.ledger = ledger;
    }

    @Override
    public List<UsageLine> show(Query q) {
        return uow.inOrganization(q.caller().orgId(), () -> {
            access.of(q.caller()).require(Permission.BILLING_READ);
            return ledger.usage(q.period(), q.wallet());
        });
    }
}

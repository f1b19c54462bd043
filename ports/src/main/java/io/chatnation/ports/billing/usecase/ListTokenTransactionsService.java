package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.LedgerEntry;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.billing.in.ListTokenTransactions;
import io.chatnation.ports.billing.out.TokenLedger;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;

public final class ListTokenTransactionsService implements ListTokenTransactions {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final TokenLedger ledger;

    public ListTokenTransactionsService(UnitOfWork uow, CheckAccess access, TokenLedger ledger) {
        this.uow = uow;
        this.access = access;
        this.ledger = ledger;
    }

    @Override
    public Page<LedgerEntry> list(Query q) {
        return uow.inOrganization(q.caller().orgId(), () -> {
            access.of(q.caller()).require(Permission.BILLING_READ);
            return ledger.find(q.filter(), q.page());
        });
    }
}

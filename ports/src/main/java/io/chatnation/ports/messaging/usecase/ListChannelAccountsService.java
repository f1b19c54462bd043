package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.ListChannelAccounts;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.util.List;

public final class ListChannelAccountsService implements ListChannelAccounts {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final ChannelAccounts accounts;

    public ListChannelAccountsService(UnitOfWork uow, CheckAccess access, ChannelAccounts accounts) {
        this.uow = uow;
        this.access = access;
        this.accounts = accounts;
    }

    @Override
    public List<ChannelAccount> list(Caller caller) {
        return uow.inOrganization(caller.orgId(), () -> {
            // Managing channels is an owner's task: the webhook URLs listed here are as good as write access.
            access.of(caller).require(Permission.ORG_MANAGE);
            return accounts.list();
        });
    }
}

package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.ShowChannelAccount;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;

public final class ShowChannelAccountService implements ShowChannelAccount {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final ChannelAccounts accounts;

    public ShowChannelAccountService(UnitOfWork uow, CheckAccess access, ChannelAccounts accounts) {
        this.uow = uow;
        this.access = access;
        this.accounts = accounts;
    }

    @Override
    public ChannelAccount show(Caller caller, ChannelAccountId id) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.ORG_MANAGE);
            return accounts.find(id).orElseThrow(() -> new NotFound("Channel account"));
        });
    }
}

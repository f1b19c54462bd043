package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.RemoveChannelAccount;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;

public final class RemoveChannelAccountService implements RemoveChannelAccount {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final ChannelAccounts accounts;
    private final RecordAuditEntry audit;
    private final ConnectedAccounts connected;

    public RemoveChannelAccountService(UnitOfWork uow, CheckAccess access, ChannelAccounts accounts,
                                       RecordAuditEntry audit, ConnectedAccounts connected) {
        this.uow = uow;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.connected = connected;
    }

    @Override
    public void remove(Caller caller, ChannelAccountId id) {
        uow.runInOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.ORG_MANAGE);
            ChannelAccount account = accounts.find(id).orElseThrow(() -> new NotFound("Channel account"));
            accounts.remove(id);
            audit.record(RecordAuditEntry.Command.removed(caller, "channel_account.removed", "channel_account",
                    id.value(), ChannelAccountAudit.of(account)));
        });
        // This server stops taking the number's webhooks at once; others within a few seconds.
        connected.forget(caller.orgId(), id);
    }
}

package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.ConnectChannelAccount;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.messaging.out.WebhookKeys;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;

public final class ConnectChannelAccountService implements ConnectChannelAccount {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final ChannelAccounts accounts;
    private final WebhookKeys keys;
    private final RecordAuditEntry audit;
    private final IdGenerator ids;
    private final Clock clock;

    public ConnectChannelAccountService(UnitOfWork uow, CheckAccess access, ChannelAccounts accounts,
                                        WebhookKeys keys, RecordAuditEntry audit, IdGenerator ids, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.accounts = accounts;
        this.keys = keys;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public ChannelAccount connect(Command c) {
        return uow.inOrganization(c.caller().orgId(), () -> {
            access.of(c.caller()).require(Permission.ORG_MANAGE);
            ChannelAccount account = new ChannelAccount(new ChannelAccountId(ids.next()), c.provider(), c.phoneNumberId(),
                    c.wabaId(), c.displayNumber(), keys.next(), c.caller().actorId(), clock.instant());
            accounts.add(account, c.credentials());
            audit.record(RecordAuditEntry.Command.created(c.caller(), "channel_account.connected", "channel_account",
                    account.id().value(), ChannelAccountAudit.of(account)));
            return account;
        });
    }
}

package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.in.ShowSandboxThread;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.messaging.out.ContactSettings;
import io.chatnation.ports.messaging.out.PhoneNumbers;
import io.chatnation.ports.messaging.out.SandboxDeliveries;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;

public final class ShowSandboxThreadService implements ShowSandboxThread {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final SandboxNumbers numbers;
    private final SandboxDeliveries deliveries;

    public ShowSandboxThreadService(UnitOfWork uow, CheckAccess access, ChannelAccounts accounts, PhoneNumbers phones,
                                    ContactSettings settings, SandboxDeliveries deliveries) {
        this.uow = uow;
        this.access = access;
        this.numbers = new SandboxNumbers(accounts, phones, settings);
        this.deliveries = deliveries;
    }

    @Override
    public Thread show(Caller caller, ChannelAccountId id, String phone, PageRequest page) {
        return uow.inOrganization(caller.orgId(), () -> {
            // The thread is a contact's conversation: reading it is reading contacts' data.
            access.of(caller).require(Permission.CONTACTS_READ);
            ChannelAccount account = numbers.sandbox(id);
            PhoneNumber number = numbers.phone("phone", phone);
            return new Thread(number, deliveries.thread(account.id(), number, page));
        });
    }
}

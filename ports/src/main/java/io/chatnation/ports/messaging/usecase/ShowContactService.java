package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.ShowContact;

public final class ShowContactService implements ShowContact {

    private final ContactWork work;

    public ShowContactService(ContactWork work) {
        this.work = work;
    }

    @Override
    public ContactDetails show(Caller caller, ContactId id) {
        return work.as(caller, Permission.CONTACTS_READ, () -> work.existing(id));
    }
}

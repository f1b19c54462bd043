package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactFilter;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.ListContacts;

public final class ListContactsService implements ListContacts {

    private final ContactWork work;

    public ListContactsService(ContactWork work) {
        this.work = work;
    }

    @Override
    public Page<ContactDetails> list(Caller caller, ContactFilter filter, PageRequest page) {
        return work.as(caller, Permission.CONTACTS_READ, () -> work.directory().list(filter, page));
    }
}

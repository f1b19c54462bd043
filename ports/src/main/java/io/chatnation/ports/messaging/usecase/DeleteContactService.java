package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.DeleteContact;
import java.util.Map;

public final class DeleteContactService implements DeleteContact {

    private final ContactWork work;

    public DeleteContactService(ContactWork work) {
        this.work = work;
    }

    @Override
    public void delete(Caller caller, ContactId id) {
        work.as(caller, Permission.CONTACTS_MANAGE, () -> {
            ContactDetails before = work.existing(id);
            work.directory().delete(id);
            work.record(caller, "contact.deleted", id, ContactWork.states(before), Map.of());
            return null;
        });
    }
}

package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.EraseContact;
import java.util.Map;
import java.util.Optional;

public final class EraseContactService implements EraseContact {

    private final ContactWork work;

    public EraseContactService(ContactWork work) {
        this.work = work;
    }

    @Override
    public void erase(Caller caller, ContactId id) {
        work.as(caller, Permission.CONTACTS_MANAGE, () -> {
            work.existing(id);
            work.directory().erase(id);
            work.audit().record(new io.chatnation.ports.shared.in.RecordAuditEntry.Command(caller, "contact.erased",
                    "contact", Optional.of(id.value()), Optional.empty(), Optional.empty(),
                    Map.of("reason", "data subject request")));
            return null;
        });
    }
}

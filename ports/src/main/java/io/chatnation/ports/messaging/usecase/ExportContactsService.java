package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.ExportContacts;
import java.util.function.Consumer;

public final class ExportContactsService implements ExportContacts {

    private final ContactWork work;

    public ExportContactsService(ContactWork work) {
        this.work = work;
    }

    @Override
    public long export(Caller caller, Consumer<ContactDetails> sink) {
        return work.as(caller, Permission.CONTACTS_READ, () -> {
            long count = work.directory().forEach(sink);
            work.audit().record(new io.chatnation.ports.shared.in.RecordAuditEntry.Command(caller, "contacts.exported",
                    "contact", java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Map.of("contacts", count)));
            return count;
        });
    }
}

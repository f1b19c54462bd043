package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.ExportContactData;
import java.util.Map;

public final class ExportContactDataService implements ExportContactData {

    private final ContactWork work;

    public ExportContactDataService(ContactWork work) {
        this.work = work;
    }

    @Override
    public ContactData export(Caller caller, ContactId id) {
        return work.as(caller, Permission.CONTACTS_MANAGE, () -> {
            ContactDetails contact = work.existing(id);
            ContactData data = new ContactData(contact, work.directory().consentHistory(id), work.directory().messages(id));
            // A copy of someone's personal data left the platform: who took it is worth knowing.
            work.record(caller, "contact.data_exported", id, Map.of(), Map.of("messages", data.messages().size()));
            return data;
        });
    }
}

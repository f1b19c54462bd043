package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.MessageTemplate;
import io.chatnation.domain.messaging.TemplateId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.BrowseTemplates;
import io.chatnation.ports.messaging.out.ContactDirectory;
import java.util.List;

public final class BrowseTemplatesService implements BrowseTemplates {

    private final TemplateWork work;
    private final ContactDirectory contacts;

    public BrowseTemplatesService(TemplateWork work, ContactDirectory contacts) {
        this.work = work;
        this.contacts = contacts;
    }

    @Override
    public List<MessageTemplate> list(Caller caller) {
        return work.reading(caller, () -> work.templates().list());
    }

    @Override
    public MessageTemplate show(Caller caller, TemplateId id) {
        return work.reading(caller, () -> work.existing(id));
    }

    @Override
    public String preview(Caller caller, TemplateId id, ContactId contactId) {
        return work.reading(caller, () -> {
            // The preview shows the contact's name and fields: personal data, read only with the contacts permission.
            work.access().of(caller).require(Permission.CONTACTS_READ);
            MessageTemplate template = work.existing(id);
            var contact = contacts.find(contactId).orElseThrow(() -> new NotFound("Contact"));
            return template.render(template.valuesFor(contact));
        });
    }

    @Override
    public String preview(Caller caller, TemplateId id, List<String> values) {
        return work.reading(caller, () -> work.existing(id).render(values));
    }
}

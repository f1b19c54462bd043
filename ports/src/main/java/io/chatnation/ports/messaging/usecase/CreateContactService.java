package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ConsentChange;
import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.shared.Conflict;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.in.CreateContact;
import io.chatnation.ports.messaging.out.ContactSettings;
import io.chatnation.ports.messaging.out.PhoneNumbers;
import java.time.Instant;
import java.util.Map;

public final class CreateContactService implements CreateContact {

    private final ContactWork work;
    private final ContactSettings settings;
    private final PhoneNumbers phones;
    private final IdGenerator ids;

    public CreateContactService(ContactWork work, ContactSettings settings, PhoneNumbers phones, IdGenerator ids) {
        this.work = work;
        this.settings = settings;
        this.phones = phones;
        this.ids = ids;
    }

    @Override
    public ContactDetails create(Command c) {
        return work.as(c.caller(), Permission.CONTACTS_MANAGE, () -> {
            PhoneNumber phone = phones.normalise("phone", c.phone(), settings.defaultRegion());
            if (work.directory().findByPhone(phone).isPresent()) {
                throw new Conflict("A contact with this phone number already exists");
            }
            ContactId id = new ContactId(ids.next());
            Instant now = work.clock().instant();
            work.directory().add(id, phone, c.profile(), now);
            c.optInSource().ifPresent(source -> work.directory().recordConsent(id, new ConsentChange(false, source, now)));
            ContactDetails created = work.existing(id);
            work.record(c.caller(), "contact.created", id, Map.of(), ContactWork.states(created));
            return created;
        });
    }
}

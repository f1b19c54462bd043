package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ConsentChange;
import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.ChangeContactConsent;

public final class ChangeContactConsentService implements ChangeContactConsent {

    private final ContactWork work;

    public ChangeContactConsentService(ContactWork work) {
        this.work = work;
    }

    @Override
    public ContactDetails change(Caller caller, ContactId id, boolean optedOut, String source) {
        String where = source == null ? "" : source.strip();
        if (where.isEmpty() || where.length() > 100) {
            throw InvalidInput.of("source", "is required: 1 to 100 characters saying where consent was given or withdrawn");
        }
        return work.as(caller, Permission.CONTACTS_MANAGE, () -> {
            ContactDetails before = work.existing(id);
            work.directory().recordConsent(id, new ConsentChange(optedOut, where, work.clock().instant()));
            ContactDetails after = work.existing(id);
            work.audit().record(new io.chatnation.ports.shared.in.RecordAuditEntry.Command(caller,
                    optedOut ? "contact.opted_out" : "contact.opted_in", "contact", java.util.Optional.of(id.value()),
                    java.util.Optional.of(ContactWork.states(before)), java.util.Optional.of(ContactWork.states(after)),
                    java.util.Map.of("source", where)));
            return after;
        });
    }
}

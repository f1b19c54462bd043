package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactProfile;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.UpdateContact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class UpdateContactService implements UpdateContact {

    private final ContactWork work;

    public UpdateContactService(ContactWork work) {
        this.work = work;
    }

    @Override
    public ContactDetails update(Command c) {
        return work.as(c.caller(), Permission.CONTACTS_MANAGE, () -> {
            ContactDetails before = work.existing(c.id());
            ContactProfile old = before.profile();
            ContactProfile changed = new ContactProfile(
                    c.name().isPresent() ? c.name() : old.name(),
                    c.language().isPresent() ? c.language() : old.language(),
                    c.labels().orElse(old.labels()), c.customFields().orElse(old.customFields()),
                    c.notes().isPresent() ? c.notes() : old.notes());
            work.directory().updateProfile(c.id(), changed, work.clock().instant());
            ContactDetails after = work.existing(c.id());
            // Which parts changed, not their values: the trail must not keep personal data.
            List<String> fields = new ArrayList<>();
            c.name().ifPresent(v -> fields.add("name"));
            c.language().ifPresent(v -> fields.add("language"));
            c.labels().ifPresent(v -> fields.add("labels"));
            c.customFields().ifPresent(v -> fields.add("customFields"));
            c.notes().ifPresent(v -> fields.add("notes"));
            work.audit().record(new io.chatnation.ports.shared.in.RecordAuditEntry.Command(c.caller(), "contact.updated",
                    "contact", Optional.of(c.id().value()), Optional.of(ContactWork.states(before)),
                    Optional.of(ContactWork.states(after)), Map.of("fields", fields)));
            return after;
        });
    }
}

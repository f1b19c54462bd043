package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.out.ContactDirectory;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every contact use case needs: a transaction in the caller's organisation with the permission checked first,
 * the directory, the audit trail and the clock. Audit entries of contacts carry ids and states, never names or
 * numbers, so an erasure leaves no personal data behind in the trail.
 */
public record ContactWork(UnitOfWork uow, CheckAccess access, ContactDirectory directory, RecordAuditEntry audit,
                          Clock clock) {

    public <T> T as(Caller caller, Permission permission, Supplier<T> work) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(permission);
            return work.get();
        });
    }

    ContactDetails existing(ContactId id) {
        return directory.find(id).orElseThrow(() -> new NotFound("Contact"));
    }

    void record(Caller caller, String action, ContactId id, Map<String, Object> before, Map<String, Object> after) {
        audit.record(new RecordAuditEntry.Command(caller, action, "contact", java.util.Optional.of(id.value()),
                before.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(before),
                after.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(after), Map.of()));
    }

    /** The states of a contact the trail may keep: no name, number, notes or field values. */
    static Map<String, Object> states(ContactDetails c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("blocked", c.blocked());
        out.put("optedOut", c.optedOut());
        out.put("labels", c.profile().labels().size());
        out.put("customFields", c.profile().customFields().size());
        return out;
    }
}

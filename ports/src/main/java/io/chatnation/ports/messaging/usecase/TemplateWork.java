package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.MessageTemplate;
import io.chatnation.domain.messaging.TemplateId;
import io.chatnation.domain.shared.Access;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.out.MessageTemplates;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.util.function.Supplier;

/** What the template use cases share: a transaction in the caller's organisation, access checked first. */
public record TemplateWork(UnitOfWork uow, CheckAccess access, MessageTemplates templates, RecordAuditEntry audit,
                           Clock clock) {

    <T> T writing(Caller caller, Supplier<T> work) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.CONTENT_MANAGE);
            return work.get();
        });
    }

    /** Templates are read by whoever plans campaigns, and by anyone who may read the organisation. */
    <T> T reading(Caller caller, Supplier<T> work) {
        return uow.inOrganization(caller.orgId(), () -> {
            Access granted = access.of(caller);
            if (!granted.allows(Permission.CAMPAIGNS_READ)) {
                granted.require(Permission.ORG_READ);
            }
            return work.get();
        });
    }

    MessageTemplate existing(TemplateId id) {
        return templates.find(id).orElseThrow(() -> new NotFound("Template"));
    }
}

package io.chatnation.ports.audit.usecase;

import io.chatnation.domain.audit.AuditEntry;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Page;
import io.chatnation.ports.audit.in.ListAuditLogs;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.audit.out.AuditTrail;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.util.Map;
import java.util.Optional;

public final class ListAuditLogsService implements ListAuditLogs {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final AuditTrail trail;
    private final RecordAuditEntry audit;

    public ListAuditLogsService(UnitOfWork uow, CheckAccess access, AuditTrail trail, RecordAuditEntry audit) {
        this.uow = uow;
        this.access = access;
        this.trail = trail;
        this.audit = audit;
    }

    @Override
    public Page<AuditEntry> list(Query q) {
        Caller caller = q.caller();
        OrgId target = q.organisation().orElse(caller.orgId());
        if (target.equals(caller.orgId())) {
            return uow.inOrganization(target, () -> {
                access.of(caller).require(Permission.AUDIT_READ);
                return trail.find(q.filter(), q.page());
            });
        }
        uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.PLATFORM_OPERATE);
            return null;
        });
        // The platform admin reads another tenant: leave a trace in that tenant's own trail.
        return uow.inOrganization(target, () -> {
            Caller visiting = new Caller(target, caller.type(), caller.actorId(), caller.apiScopes(), caller.origin());
            audit.record(new RecordAuditEntry.Command(visiting, "platform.audit_read", "organization",
                    Optional.of(target.value()), Optional.empty(), Optional.empty(),
                    Map.of("adminOrgId", caller.orgId().toString())));
            return trail.find(q.filter(), q.page());
        });
    }
}

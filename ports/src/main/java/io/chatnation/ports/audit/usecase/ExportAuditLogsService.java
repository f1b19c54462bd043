package io.chatnation.ports.audit.usecase;

import io.chatnation.domain.audit.AuditEntry;
import io.chatnation.domain.audit.AuditQuery;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.audit.in.ExportAuditLogs;
import io.chatnation.ports.audit.out.AuditTrail;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.util.function.Consumer;

public final class ExportAuditLogsService implements ExportAuditLogs {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final AuditTrail trail;

    public ExportAuditLogsService(UnitOfWork uow, CheckAccess access, AuditTrail trail) {
        this.uow = uow;
        this.access = access;
        this.trail = trail;
    }

    @Override
    public long export(Caller caller, AuditQuery filter, Consumer<AuditEntry> sink) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.AUDIT_READ);
            return trail.forEach(filter, sink);
        });
    }
}

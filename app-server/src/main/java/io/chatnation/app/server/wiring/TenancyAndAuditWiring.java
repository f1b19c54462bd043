package io.chatnation.app.server.wiring;

import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.ports.audit.in.ExportAuditLogs;
import io.chatnation.ports.audit.in.ListAuditLogs;
import io.chatnation.ports.audit.out.AuditTrail;
import io.chatnation.ports.audit.usecase.ExportAuditLogsService;
import io.chatnation.ports.audit.usecase.ListAuditLogsService;
import io.chatnation.ports.audit.usecase.RecordAuditEntryService;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import io.chatnation.ports.tenancy.in.CreateOrganization;
import io.chatnation.ports.tenancy.in.RenameOrganization;
import io.chatnation.ports.tenancy.in.ShowOrganization;
import io.chatnation.ports.tenancy.out.Organizations;
import io.chatnation.ports.tenancy.usecase.CreateOrganizationService;
import io.chatnation.ports.tenancy.usecase.RenameOrganizationService;
import io.chatnation.ports.tenancy.usecase.ShowOrganizationService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Organisations and the audit trail. */
@Factory
public class TenancyAndAuditWiring {

    @Singleton
    RecordAuditEntry recordAuditEntry(AuditTrail trail, Clock clock, IdGenerator ids) {
        return new RecordAuditEntryService(trail, clock, ids);
    }

    @Singleton
    ListAuditLogs listAuditLogs(UnitOfWork uow, CheckAccess access, AuditTrail trail, RecordAuditEntry audit) {
        return new ListAuditLogsService(uow, access, trail, audit);
    }

    @Singleton
    ExportAuditLogs exportAuditLogs(UnitOfWork uow, CheckAccess access, AuditTrail trail) {
        return new ExportAuditLogsService(uow, access, trail);
    }

    @Singleton
    CreateOrganization createOrganization(Organizations organizations, RecordAuditEntry audit, Clock clock) {
        return new CreateOrganizationService(organizations, audit, clock);
    }

    @Singleton
    ShowOrganization showOrganization(UnitOfWork uow, CheckAccess access, Organizations organizations) {
        return new ShowOrganizationService(uow, access, organizations);
    }

    @Singleton
    RenameOrganization renameOrganization(UnitOfWork uow, CheckAccess access, Organizations organizations, RecordAuditEntry audit) {
        return new RenameOrganizationService(uow, access, organizations, audit);
    }
}

package io.chatnation.ports.tenancy.usecase;

import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.tenancy.Organization;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;
import io.chatnation.ports.tenancy.in.RenameOrganization;
import io.chatnation.ports.tenancy.out.Organizations;

public final class RenameOrganizationService implements RenameOrganization {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final Organizations organizations;
    private final RecordAuditEntry audit;

    public RenameOrganizationService(UnitOfWork uow, CheckAccess access, Organizations organizations, RecordAuditEntry audit) {
        this.uow = uow;
        this.access = access;
        this.organizations = organizations;
        this.audit = audit;
    }

    @Override
    public Organization rename(Command c) {
        return uow.inOrganization(c.caller().orgId(), () -> {
            access.of(c.caller()).require(Permission.ORG_MANAGE);
            Organization before = organizations.find(c.caller().orgId()).orElseThrow(() -> new NotFound("Organisation"));
            Organization after = before.renamed(c.name());
            organizations.update(after);
            audit.record(RecordAuditEntry.Command.changed(c.caller(), "organization.renamed", "organization",
                    after.id().value(), OrganizationSnapshot.of(before), OrganizationSnapshot.of(after)));
            return after;
        });
    }
}

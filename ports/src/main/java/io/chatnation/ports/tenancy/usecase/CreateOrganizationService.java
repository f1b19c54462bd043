package io.chatnation.ports.tenancy.usecase;

import io.chatnation.domain.tenancy.Organization;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.tenancy.in.CreateOrganization;
import io.chatnation.ports.tenancy.out.Organizations;
import java.time.Clock;

public final class CreateOrganizationService implements CreateOrganization {

    private final Organizations organizations;
    private final RecordAuditEntry audit;
    private final Clock clock;

    public CreateOrganizationService(Organizations organizations, RecordAuditEntry audit, Clock clock) {
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Organization create(Command c) {
        Organization org = new Organization(c.creator().orgId(), c.name(), clock.instant());
        organizations.add(org);
        audit.record(RecordAuditEntry.Command.created(c.creator(), "organization.created", "organization",
                org.id().value(), OrganizationSnapshot.of(org)));
        return org;
    }
}

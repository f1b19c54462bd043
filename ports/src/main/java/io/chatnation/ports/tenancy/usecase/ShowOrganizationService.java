package io.chatnation.ports.tenancy.usecase;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.tenancy.Organization;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.UnitOfWork;
import io.chatnation.ports.tenancy.in.ShowOrganization;
import io.chatnation.ports.tenancy.out.Organizations;

public final class ShowOrganizationService implements ShowOrganization {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final Organizations organizations;

    public ShowOrganizationService(UnitOfWork uow, CheckAccess access, Organizations organizations) {
        this.uow = uow;
        this.access = access;
        this.organizations = organizations;
    }

    @Override
    public Organization show(Caller caller) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.ORG_READ);
            return organizations.find(caller.orgId()).orElseThrow(() -> new NotFound("Organisation"));
        });
    }
}

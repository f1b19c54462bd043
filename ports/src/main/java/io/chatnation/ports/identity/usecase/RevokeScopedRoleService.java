package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.PermissionGrant;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.identity.in.RevokeScopedRole;
import io.chatnation.ports.identity.out.PermissionGrants;
import io.chatnation.ports.shared.out.UnitOfWork;

public final class RevokeScopedRoleService implements RevokeScopedRole {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final PermissionGrants grants;
    private final RecordAuditEntry audit;

    public RevokeScopedRoleService(UnitOfWork uow, CheckAccess access, PermissionGrants grants, RecordAuditEntry audit) {
        this.uow = uow;
        this.access = access;
        this.grants = grants;
        this.audit = audit;
    }

    @Override
    public void revoke(Command c) {
        uow.runInOrganization(c.caller().orgId(), () -> {
            access.of(c.caller()).require(Permission.MEMBERS_MANAGE);
            PermissionGrant grant = grants.find(c.grantId()).filter(g -> g.userId().equals(c.member()))
                    .orElseThrow(() -> new NotFound("Grant"));
            grants.remove(grant.id());
            audit.record(RecordAuditEntry.Command.removed(c.caller(), "member.grant_revoked", "permission_grant",
                    grant.id(), MemberSnapshot.of(grant)));
        });
    }
}

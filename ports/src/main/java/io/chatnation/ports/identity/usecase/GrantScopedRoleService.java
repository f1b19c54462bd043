package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.shared.Access;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.PermissionGrant;
import io.chatnation.domain.identity.TeamRules;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.RuleViolated;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.identity.in.GrantScopedRole;
import io.chatnation.ports.identity.out.PermissionGrants;
import io.chatnation.ports.identity.out.Users;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;

public final class GrantScopedRoleService implements GrantScopedRole {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final Users users;
    private final PermissionGrants grants;
    private final RecordAuditEntry audit;
    private final IdGenerator ids;
    private final Clock clock;

    public GrantScopedRoleService(UnitOfWork uow, CheckAccess access, Users users, PermissionGrants grants,
                                  RecordAuditEntry audit, IdGenerator ids, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.users = users;
        this.grants = grants;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public PermissionGrant grant(Command c) {
        return uow.inOrganization(c.caller().orgId(), () -> {
            Access actor = access.of(c.caller());
            actor.require(Permission.MEMBERS_MANAGE);
            TeamRules.platformAdminIsNotAssignable(actor, c.role());
            TeamRules.onlyOwnersHandOutOwnership(actor, null, c.role());
            if (c.role() == io.chatnation.domain.shared.Role.ORG_OWNER) {
                throw new RuleViolated("ownershipIsOrganisationWide", "Ownership cannot be scoped to one entity");
            }
            users.find(c.member()).orElseThrow(() -> new NotFound("Member"));
            PermissionGrant grant = new PermissionGrant(ids.next(), c.member(), c.role(), c.scope(),
                    new UserId(c.caller().actorId()), clock.instant());
            grants.add(grant);
            audit.record(RecordAuditEntry.Command.created(c.caller(), "member.grant_added", "permission_grant",
                    grant.id(), MemberSnapshot.of(grant)));
            return grant;
        });
    }
}

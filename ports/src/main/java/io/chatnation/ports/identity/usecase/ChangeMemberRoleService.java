package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.shared.Access;
import io.chatnation.domain.identity.Member;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.identity.TeamRules;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.identity.in.ChangeMemberRole;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.identity.out.RoleAssignments;
import io.chatnation.ports.identity.out.Users;
import io.chatnation.ports.shared.out.UnitOfWork;

public final class ChangeMemberRoleService implements ChangeMemberRole {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final Users users;
    private final RoleAssignments roles;
    private final RecordAuditEntry audit;

    public ChangeMemberRoleService(UnitOfWork uow, CheckAccess access, Users users, RoleAssignments roles, RecordAuditEntry audit) {
        this.uow = uow;
        this.access = access;
        this.users = users;
        this.roles = roles;
        this.audit = audit;
    }

    @Override
    public Member change(Command c) {
        return uow.inOrganization(c.caller().orgId(), () -> {
            Access actor = access.of(c.caller());
            actor.require(Permission.MEMBERS_MANAGE);
            Member before = users.find(c.member()).orElseThrow(() -> new NotFound("Member"));
            Role from = before.isOwner() ? Role.ORG_OWNER : before.roles().stream().findFirst().orElse(null);
            TeamRules.platformAdminIsNotAssignable(actor, c.role());
            TeamRules.platformAdminIsNotWithdrawable(actor, before);
            TeamRules.onlyOwnersHandOutOwnership(actor, from, c.role());
            if (before.isOwner() && c.role() != Role.ORG_OWNER) {
                TeamRules.organisationKeepsAnOwner(true, roles.countActiveHoldersForUpdate(Role.ORG_OWNER));
            }
            roles.assign(c.member(), c.role());
            Member after = users.find(c.member()).orElseThrow(() -> new NotFound("Member"));
            audit.record(RecordAuditEntry.Command.changed(c.caller(), "member.role_changed", "user",
                    c.member().value(), MemberSnapshot.of(before), MemberSnapshot.of(after)));
            return after;
        });
    }
}

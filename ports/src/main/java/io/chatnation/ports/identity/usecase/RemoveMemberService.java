package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.shared.Access;
import io.chatnation.domain.identity.Member;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.identity.TeamRules;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.identity.in.RemoveMember;
import io.chatnation.ports.identity.out.RefreshTokens;
import io.chatnation.ports.identity.out.RoleAssignments;
import io.chatnation.ports.identity.out.Users;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;

public final class RemoveMemberService implements RemoveMember {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final Users users;
    private final RoleAssignments roles;
    private final RefreshTokens refreshTokens;
    private final RecordAuditEntry audit;
    private final Clock clock;

    public RemoveMemberService(UnitOfWork uow, CheckAccess access, Users users, RoleAssignments roles,
                               RefreshTokens refreshTokens, RecordAuditEntry audit, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.users = users;
        this.roles = roles;
        this.refreshTokens = refreshTokens;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void remove(Command c) {
        uow.runInOrganization(c.caller().orgId(), () -> {
            Access actor = access.of(c.caller());
            actor.require(Permission.MEMBERS_MANAGE);
            Member before = users.find(c.member()).orElseThrow(() -> new NotFound("Member"));
            TeamRules.platformAdminIsNotWithdrawable(actor, before);
            if (before.isOwner()) {
                TeamRules.onlyOwnersHandOutOwnership(actor, Role.ORG_OWNER, null);
                TeamRules.organisationKeepsAnOwner(true, roles.countActiveHoldersForUpdate(Role.ORG_OWNER));
            }
            refreshTokens.revokeAllOf(c.member(), clock.instant());
            users.delete(c.member());
            audit.record(RecordAuditEntry.Command.removed(c.caller(), "member.removed", "user",
                    c.member().value(), MemberSnapshot.of(before)));
        });
    }
}

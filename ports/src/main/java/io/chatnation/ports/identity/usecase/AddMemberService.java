package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.shared.Access;
import io.chatnation.domain.identity.Member;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.identity.TeamRules;
import io.chatnation.domain.identity.UserStatus;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.identity.in.AddMember;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.identity.out.NewAccount;
import io.chatnation.ports.identity.out.PasswordHasher;
import io.chatnation.ports.identity.out.RoleAssignments;
import io.chatnation.ports.identity.out.SecretGenerator;
import io.chatnation.ports.identity.out.Users;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

public final class AddMemberService implements AddMember {

    public static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final Users users;
    private final RoleAssignments roles;
    private final PasswordHasher hasher;
    private final SecretGenerator secrets;
    private final RecordAuditEntry audit;
    private final IdGenerator ids;
    private final Clock clock;

    public AddMemberService(UnitOfWork uow, CheckAccess access, Users users, RoleAssignments roles,
                            PasswordHasher hasher, SecretGenerator secrets, RecordAuditEntry audit,
                            IdGenerator ids, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.users = users;
        this.roles = roles;
        this.hasher = hasher;
        this.secrets = secrets;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Added add(Command c) {
        UserId id = new UserId(ids.next());
        Instant now = clock.instant();
        return uow.inOrganization(c.caller().orgId(), () -> {
            Access actor = access.of(c.caller());
            actor.require(Permission.MEMBERS_MANAGE);
            TeamRules.platformAdminIsNotAssignable(actor, c.role());
            TeamRules.onlyOwnersHandOutOwnership(actor, null, c.role());
            // Hashing is deliberately slow: only after the caller is known to be allowed, so a Viewer
            // cannot make the server burn CPU by posting members.
            Optional<String> passwordHash = c.password().map(hasher::hash);
            Optional<String> invitation = passwordHash.isPresent() ? Optional.empty() : Optional.of(secrets.token());
            users.add(new NewAccount(id, c.email(), c.name(),
                    passwordHash.isPresent() ? UserStatus.ACTIVE : UserStatus.INVITED, passwordHash,
                    invitation.map(SecretDigest::of), invitation.map(i -> now.plus(INVITATION_LIFETIME)), now));
            roles.assign(id, c.role());
            Member member = users.find(id).orElseThrow(() -> new NotFound("Member"));
            audit.record(RecordAuditEntry.Command.created(c.caller(),
                    invitation.isPresent() ? "member.invited" : "member.added", "user", id.value(),
                    MemberSnapshot.of(member)));
            return new Added(member, invitation);
        });
    }
}

package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.identity.Member;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.identity.UserStatus;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.identity.in.RegisterOrganization;
import io.chatnation.ports.identity.in.Session;
import io.chatnation.ports.identity.out.NewAccount;
import io.chatnation.ports.identity.out.PasswordHasher;
import io.chatnation.ports.identity.out.RoleAssignments;
import io.chatnation.ports.identity.out.Users;
import io.chatnation.ports.shared.out.UnitOfWork;
import io.chatnation.ports.tenancy.in.CreateOrganization;
import java.time.Clock;
import java.util.Optional;

public final class RegisterOrganizationService implements RegisterOrganization {

    private final UnitOfWork uow;
    private final CreateOrganization createOrganization;
    private final Users users;
    private final RoleAssignments roles;
    private final PasswordHasher hasher;
    private final SessionOpener sessions;
    private final RecordAuditEntry audit;
    private final IdGenerator ids;
    private final Clock clock;

    public RegisterOrganizationService(UnitOfWork uow, CreateOrganization createOrganization, Users users,
                                       RoleAssignments roles, PasswordHasher hasher, SessionOpener sessions,
                                       RecordAuditEntry audit, IdGenerator ids, Clock clock) {
        this.uow = uow;
        this.createOrganization = createOrganization;
        this.users = users;
        this.roles = roles;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Session register(Command c) {
        // Hash before the transaction opens: it is the slow part and needs no lock.
        String passwordHash = hasher.hash(c.password());
        OrgId org = new OrgId(ids.next());
        UserId owner = new UserId(ids.next());
        return uow.inOrganization(org, () -> {
            Caller ownerCaller = Caller.user(org, owner.value(), c.origin());
            createOrganization.create(new CreateOrganization.Command(ownerCaller, c.organizationName()));
            users.add(new NewAccount(owner, c.email(), c.ownerName(), UserStatus.ACTIVE, Optional.of(passwordHash),
                    Optional.empty(), Optional.empty(), clock.instant()));
            roles.assign(owner, Role.ORG_OWNER);
            Member created = users.find(owner).orElseThrow(() -> new NotFound("User"));
            audit.record(RecordAuditEntry.Command.created(ownerCaller, "member.registered", "user",
                    owner.value(), MemberSnapshot.of(created)));
            return sessions.open(org, owner, Optional.empty());
        });
    }
}

package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.identity.Member;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.shared.AuthenticationFailed;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.identity.in.AcceptInvitation;
import io.chatnation.ports.identity.in.Session;
import io.chatnation.ports.identity.out.CredentialLookup;
import io.chatnation.ports.identity.out.PasswordHasher;
import io.chatnation.ports.identity.out.Users;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.util.Optional;

public final class AcceptInvitationService implements AcceptInvitation {

    private final UnitOfWork uow;
    private final CredentialLookup lookup;
    private final Users users;
    private final PasswordHasher hasher;
    private final SessionOpener sessions;
    private final RecordAuditEntry audit;
    private final Clock clock;

    public AcceptInvitationService(UnitOfWork uow, CredentialLookup lookup, Users users, PasswordHasher hasher,
                                   SessionOpener sessions, RecordAuditEntry audit, Clock clock) {
        this.uow = uow;
        this.lookup = lookup;
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Session accept(Command c) {
        if (c.invitationToken() == null || c.invitationToken().isBlank() || c.invitationToken().length() > 200) {
            throw new AuthenticationFailed("This invitation is not valid");
        }
        var invitation = uow.withoutOrganization(() -> lookup.invitation(SecretDigest.of(c.invitationToken())))
                .filter(i -> clock.instant().isBefore(i.expiresAt()))
                .orElseThrow(() -> new AuthenticationFailed("This invitation is not valid or has expired"));
        String hash = hasher.hash(c.password());
        return uow.inOrganization(invitation.orgId(), () -> {
            Member before = users.find(invitation.userId()).orElseThrow(() -> new NotFound("Member"));
            users.activate(invitation.userId(), hash);
            Member after = users.find(invitation.userId()).orElseThrow(() -> new NotFound("Member"));
            audit.record(RecordAuditEntry.Command.changed(Caller.user(invitation.orgId(), invitation.userId().value(), c.origin()),
                    "member.invitation_accepted", "user", invitation.userId().value(),
                    MemberSnapshot.of(before), MemberSnapshot.of(after)));
            return sessions.open(invitation.orgId(), invitation.userId(), Optional.empty());
        });
    }
}

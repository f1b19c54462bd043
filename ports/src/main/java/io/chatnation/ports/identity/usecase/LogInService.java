package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.identity.Credentials;
import io.chatnation.domain.identity.UserStatus;
import io.chatnation.domain.shared.AuthenticationFailed;
import io.chatnation.ports.identity.in.LogIn;
import io.chatnation.ports.identity.in.Session;
import io.chatnation.ports.identity.out.CredentialLookup;
import io.chatnation.ports.identity.out.PasswordHasher;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.util.Optional;

public final class LogInService implements LogIn {

    private final UnitOfWork uow;
    private final CredentialLookup lookup;
    private final PasswordHasher hasher;
    private final SessionOpener sessions;

    public LogInService(UnitOfWork uow, CredentialLookup lookup, PasswordHasher hasher, SessionOpener sessions) {
        this.uow = uow;
        this.lookup = lookup;
        this.hasher = hasher;
        this.sessions = sessions;
    }

    @Override
    public Session logIn(Command c) {
        Optional<Credentials> found = uow.withoutOrganization(() -> lookup.byEmail(c.email()));
        Optional<String> hash = found.filter(cr -> cr.status() == UserStatus.ACTIVE).flatMap(Credentials::passwordHash);
        if (hash.isEmpty()) {
            hasher.hash(c.password()); // spend the same time as a real check, so timing does not reveal accounts
            throw new AuthenticationFailed("E-mail or password is wrong");
        }
        if (!hasher.matches(c.password(), hash.get())) {
            throw new AuthenticationFailed("E-mail or password is wrong");
        }
        Credentials account = found.get();
        return uow.inOrganization(account.orgId(), () -> sessions.open(account.orgId(), account.userId(), Optional.empty()));
    }
}

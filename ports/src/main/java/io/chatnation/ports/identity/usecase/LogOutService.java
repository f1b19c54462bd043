package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.identity.RefreshToken;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.identity.in.LogOut;
import io.chatnation.ports.identity.out.CredentialLookup;
import io.chatnation.ports.identity.out.RefreshTokens;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

public final class LogOutService implements LogOut {

    private final UnitOfWork uow;
    private final CredentialLookup lookup;
    private final RefreshTokens refreshTokens;
    private final RecordAuditEntry audit;
    private final Clock clock;

    public LogOutService(UnitOfWork uow, CredentialLookup lookup, RefreshTokens refreshTokens, RecordAuditEntry audit, Clock clock) {
        this.uow = uow;
        this.lookup = lookup;
        this.refreshTokens = refreshTokens;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void logOut(Command c) {
        UserId user = c.caller().userId().map(UserId::new)
                .orElseThrow(() -> new io.chatnation.domain.shared.AccessDenied("Only a signed-in user can sign out"));
        Optional<RefreshToken> token = c.refreshToken().filter(t -> !t.isBlank() && t.length() <= 200)
                .flatMap(t -> uow.withoutOrganization(() -> lookup.refreshToken(SecretDigest.of(t))))
                .filter(t -> t.userId().equals(user) && t.orgId().equals(c.caller().orgId()));
        uow.runInOrganization(c.caller().orgId(), () -> {
            if (token.isPresent()) {
                refreshTokens.revokeFamily(token.get().familyId(), clock.instant());
            } else {
                refreshTokens.revokeAllOf(user, clock.instant());
            }
            audit.record(new RecordAuditEntry.Command(c.caller(), "session.logged_out", "user", Optional.of(user.value()),
                    Optional.empty(), Optional.empty(), Map.of("scope", token.isPresent() ? "session" : "all_sessions")));
        });
    }
}

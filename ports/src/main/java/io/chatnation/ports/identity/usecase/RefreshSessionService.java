package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.identity.RefreshToken;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.shared.AuthenticationFailed;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.identity.in.RefreshSession;
import io.chatnation.ports.identity.in.Session;
import io.chatnation.ports.identity.out.CredentialLookup;
import io.chatnation.ports.identity.out.RefreshTokens;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

public final class RefreshSessionService implements RefreshSession {

    private final UnitOfWork uow;
    private final CredentialLookup lookup;
    private final RefreshTokens refreshTokens;
    private final SessionOpener sessions;
    private final RecordAuditEntry audit;
    private final Clock clock;

    public RefreshSessionService(UnitOfWork uow, CredentialLookup lookup, RefreshTokens refreshTokens,
                                 SessionOpener sessions, RecordAuditEntry audit, Clock clock) {
        this.uow = uow;
        this.lookup = lookup;
        this.refreshTokens = refreshTokens;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Session refresh(Command c) {
        if (c.refreshToken() == null || c.refreshToken().isBlank() || c.refreshToken().length() > 200) {
            throw new AuthenticationFailed("Refresh token is invalid");
        }
        RefreshToken token = uow.withoutOrganization(() -> lookup.refreshToken(SecretDigest.of(c.refreshToken())))
                .orElseThrow(() -> new AuthenticationFailed("Refresh token is invalid"));
        // The revocation on reuse must commit, so the failure is thrown only after the transaction ends.
        Optional<Session> renewed = uow.inOrganization(token.orgId(), () -> {
            RefreshToken.Assessment assessment = token.assess(clock.instant());
            if (assessment instanceof RefreshToken.Usable && refreshTokens.markRotated(token.id(), clock.instant())) {
                return Optional.of(sessions.open(token.orgId(), token.userId(), Optional.of(token.familyId())));
            }
            if (assessment instanceof RefreshToken.Usable || assessment instanceof RefreshToken.ReusedAfterRotation) {
                // Rotated already (now, or by a concurrent request that won the race): the token leaked.
                revokeFamilyOnReuse(c, token);
            }
            return Optional.<Session>empty();
        });
        return renewed.orElseThrow(() -> new AuthenticationFailed("Refresh token is invalid"));
    }

    private void revokeFamilyOnReuse(Command c, RefreshToken token) {
        refreshTokens.revokeFamily(token.familyId(), clock.instant());
        audit.record(new RecordAuditEntry.Command(Caller.user(token.orgId(), token.userId().value(), c.origin()),
                "session.reuse_detected", "refresh_token_family", Optional.of(token.familyId()),
                Optional.empty(), Optional.empty(), Map.of("reason", "a rotated refresh token was presented again")));
    }
}

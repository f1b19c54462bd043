package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.identity.RefreshToken;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.identity.in.Session;
import io.chatnation.ports.identity.out.AccessTokenIssuer;
import io.chatnation.ports.identity.out.RefreshTokens;
import io.chatnation.ports.identity.out.SecretGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Issues an access token and a refresh token, starting a new family or continuing a rotated one. */
public final class SessionOpener {

    public static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);

    private final RefreshTokens refreshTokens;
    private final AccessTokenIssuer accessTokens;
    private final SecretGenerator secrets;
    private final IdGenerator ids;
    private final Clock clock;

    public SessionOpener(RefreshTokens refreshTokens, AccessTokenIssuer accessTokens, SecretGenerator secrets,
                         IdGenerator ids, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
    }

    /** Must run inside a unit of work bound to {@code org}. */
    Session open(OrgId org, UserId user, Optional<UUID> family) {
        Instant now = clock.instant();
        String raw = secrets.token();
        RefreshToken token = new RefreshToken(ids.next(), family.orElseGet(ids::next), org, user,
                SecretDigest.of(raw), now, now.plus(REFRESH_TOKEN_LIFETIME), Optional.empty(), Optional.empty());
        refreshTokens.add(token);
        AccessTokenIssuer.IssuedToken access = accessTokens.issue(org, user);
        return new Session(org, user, access.token(), access.expiresInSeconds(), raw, token.expiresAt());
    }
}

package io.chatnation.adapter.web.identity;

import io.chatnation.adapter.web.shared.CallerBinder;
import io.chatnation.domain.shared.ActorType;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.identity.out.AccessTokenIssuer;
import io.micronaut.security.token.generator.TokenGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Signs short-lived access tokens with micronaut-security-jwt; the claims carry user and organisation. */
public final class JwtAccessTokenIssuer implements AccessTokenIssuer {

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    static final String ISSUER = "chatnation";

    private final TokenGenerator generator;
    private final Clock clock;

    public JwtAccessTokenIssuer(TokenGenerator generator, Clock clock) {
        this.generator = generator;
        this.clock = clock;
    }

    @Override
    public IssuedToken issue(OrgId org, UserId user) {
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = Map.of(
                "sub", user.toString(),
                "iss", ISSUER,
                "iat", now,
                "exp", now + LIFETIME.toSeconds(),
                CallerBinder.ORG_CLAIM, org.toString(),
                CallerBinder.ACTOR_CLAIM, ActorType.USER.code());
        String token = generator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("No JWT signature is configured"));
        return new IssuedToken(token, LIFETIME.toSeconds());
    }
}

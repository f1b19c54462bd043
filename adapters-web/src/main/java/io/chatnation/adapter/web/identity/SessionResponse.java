package io.chatnation.adapter.web.identity;

import io.chatnation.ports.identity.in.Session;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@Serdeable
public record SessionResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
                              Instant refreshTokenExpiresAt, String organizationId, String userId) {

    static SessionResponse of(Session s) {
        return new SessionResponse(s.accessToken(), "Bearer", s.accessTokenExpiresInSeconds(), s.refreshToken(),
                s.refreshTokenExpiresAt(), s.orgId().toString(), s.userId().toString());
    }
}

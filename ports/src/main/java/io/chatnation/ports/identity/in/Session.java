package io.chatnation.ports.identity.in;

import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.UserId;
import java.time.Instant;

/** A signed-in session: a short-lived access token and the refresh token that renews it. */
public record Session(OrgId orgId, UserId userId, String accessToken, long accessTokenExpiresInSeconds,
                      String refreshToken, Instant refreshTokenExpiresAt) {}

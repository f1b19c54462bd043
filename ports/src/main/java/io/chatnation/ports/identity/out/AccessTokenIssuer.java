package io.chatnation.ports.identity.out;

import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.UserId;

/** Mints the short-lived signed access token (a JWT) that authenticates API calls. */
public interface AccessTokenIssuer {

    IssuedToken issue(OrgId org, UserId user);

    record IssuedToken(String token, long expiresInSeconds) {}
}

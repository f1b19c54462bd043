package io.chatnation.ports.identity.out;

import io.chatnation.domain.identity.RefreshToken;
import io.chatnation.domain.shared.UserId;
import java.time.Instant;
import java.util.UUID;

public interface RefreshTokens {

    void add(RefreshToken token);

    /** @return false when the token was already rotated or revoked: a concurrent use got there first */
    boolean markRotated(UUID id, Instant at);

    void revokeFamily(UUID familyId, Instant at);

    void revokeAllOf(UserId user, Instant at);
}

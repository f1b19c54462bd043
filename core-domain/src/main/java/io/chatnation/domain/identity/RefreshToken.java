package io.chatnation.domain.identity;

import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One link of a refresh-token family. Each refresh rotates: the presented token is retired and a
 * successor in the same family is issued. Presenting a retired token again means it leaked, so the
 * whole family is revoked (OAuth 2.0 Security BCP, refresh token rotation).
 */
public record RefreshToken(UUID id, UUID familyId, OrgId orgId, UserId userId, SecretDigest digest,
                           Instant issuedAt, Instant expiresAt, Optional<Instant> rotatedAt,
                           Optional<Instant> revokedAt) {

    public sealed interface Assessment permits Usable, ReusedAfterRotation, Expired, Revoked {}

    public record Usable(RefreshToken token) implements Assessment {}

    public record ReusedAfterRotation(UUID familyId) implements Assessment {}

    public record Expired() implements Assessment {}

    public record Revoked() implements Assessment {}

    public Assessment assess(Instant now) {
        if (revokedAt.isPresent()) {
            return new Revoked();
        }
        if (rotatedAt.isPresent()) {
            return new ReusedAfterRotation(familyId);
        }
        if (!now.isBefore(expiresAt)) {
            return new Expired();
        }
        return new Usable(this);
    }
}

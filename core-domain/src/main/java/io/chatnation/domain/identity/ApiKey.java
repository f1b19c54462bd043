package io.chatnation.domain.identity;

import io.chatnation.domain.shared.Permission;

import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A programmatic credential. Only the digest of its secret is kept; the {@code prefix} (public, unique)
 * finds the key, the secret proves possession.
 */
public record ApiKey(UUID id, DisplayName name, String prefix, Set<Permission> scopes, UserId createdBy,
                     Instant createdAt, Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {

    public ApiKey {
        scopes = Set.copyOf(scopes);
    }

    public boolean isRevoked() {
        return revokedAt.isPresent();
    }
}

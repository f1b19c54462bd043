package io.chatnation.ports.identity.out;

import io.chatnation.domain.identity.ApiKey;
import io.chatnation.domain.identity.Credentials;
import io.chatnation.domain.identity.RefreshToken;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * The only reads that cross tenants: finding which organisation a presented credential belongs to,
 * before any organisation is known. Each returns at most one row for an exact secret or e-mail.
 */
public interface CredentialLookup {

    Optional<Credentials> byEmail(EmailAddress email);

    Optional<RefreshToken> refreshToken(SecretDigest digest);

    Optional<StoredApiKey> apiKey(String prefix);

    Optional<PendingInvitation> invitation(SecretDigest digest);

    record StoredApiKey(ApiKey key, OrgId orgId, SecretDigest secret) {}

    record PendingInvitation(UserId userId, OrgId orgId, Instant expiresAt) {}
}

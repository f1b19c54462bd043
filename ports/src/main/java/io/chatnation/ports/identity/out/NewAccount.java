package io.chatnation.ports.identity.out;

import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.identity.UserStatus;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.domain.shared.UserId;
import java.time.Instant;
import java.util.Optional;

/** A user row to insert: active with a password hash, or invited with an invitation digest. */
public record NewAccount(UserId id, EmailAddress email, DisplayName name, UserStatus status,
                         Optional<String> passwordHash, Optional<SecretDigest> invitation,
                         Optional<Instant> invitationExpiresAt, Instant createdAt) {}

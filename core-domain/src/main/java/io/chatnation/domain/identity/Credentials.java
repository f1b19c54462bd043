package io.chatnation.domain.identity;

import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.UserId;
import java.util.Optional;

/** What sign-in needs to know about an account, looked up by e-mail before the organisation is known. */
public record Credentials(UserId userId, OrgId orgId, Optional<String> passwordHash, UserStatus status) {}

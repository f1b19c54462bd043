package io.chatnation.domain.shared;

import io.chatnation.domain.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * A local override: the user holds {@code role} for one entity only (a Survey Manager acting as
 * Exhibitor Admin for one exhibitor) without holding it organisation-wide.
 */
public record PermissionGrant(UUID id, UserId userId, Role role, GrantScope scope, UserId grantedBy, Instant grantedAt) {}

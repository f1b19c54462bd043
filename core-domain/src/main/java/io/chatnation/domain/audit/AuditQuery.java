package io.chatnation.domain.audit;

import io.chatnation.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Filters over the audit trail; every field optional. {@code actionPrefix} matches {@code member.} etc. */
public record AuditQuery(Optional<String> actionPrefix, Optional<UUID> actorId, Optional<String> entityType,
                         Optional<UUID> entityId, Optional<Instant> from, Optional<Instant> to) {

    public AuditQuery {
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw InvalidInput.of("from", "must not be after 'to'");
        }
        if (actionPrefix.map(a -> a.length() > 100).orElse(false)) {
            throw InvalidInput.of("action", "must be at most 100 characters");
        }
        if (entityType.map(a -> a.length() > 60).orElse(false)) {
            throw InvalidInput.of("entityType", "must be at most 60 characters");
        }
    }

    public static AuditQuery everything() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}

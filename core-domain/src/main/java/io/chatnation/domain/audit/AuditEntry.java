package io.chatnation.domain.audit;

import io.chatnation.domain.shared.ActorType;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.RequestOrigin;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One immutable fact: who did what to which record, with snapshots before and after.
 * Snapshots are plain maps so the domain stays free of any JSON library.
 */
public record AuditEntry(UUID id, OrgId orgId, UUID actorId, ActorType actorType, AuditAction action,
                         String entityType, Optional<UUID> entityId,
                         Optional<Map<String, Object>> before, Optional<Map<String, Object>> after,
                         RequestOrigin origin, Instant occurredAt, Map<String, Object> metadata) {

    public AuditEntry {
        metadata = metadata == null ? Map.of() : metadata;
    }
}

package io.chatnation.app.cli;

import io.chatnation.domain.audit.AuditEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One audit entry as named fields, in the order and with the names of the API's {@code /audit-logs}. */
final class AuditEntryFields {

    static final List<String> NAMES = List.of("id", "occurredAt", "organizationId", "actorType", "actorId", "action",
            "entityType", "entityId", "ipAddress", "userAgent", "before", "after", "metadata");

    static final ExportColumns<AuditEntry> COLUMNS = new ExportColumns<>(NAMES, AuditEntryFields::of);

    private AuditEntryFields() {}

    /** Values are strings, nulls, or (for before, after, metadata) the snapshots' maps. */
    static Map<String, Object> of(AuditEntry e) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", e.id().toString());
        fields.put("occurredAt", e.occurredAt().toString());
        fields.put("organizationId", e.orgId().toString());
        fields.put("actorType", e.actorType().code());
        fields.put("actorId", e.actorId().toString());
        fields.put("action", e.action().value());
        fields.put("entityType", e.entityType());
        fields.put("entityId", e.entityId().map(UUID::toString).orElse(null));
        fields.put("ipAddress", e.origin().ipAddress().orElse(null));
        fields.put("userAgent", e.origin().userAgent().orElse(null));
        fields.put("before", e.before().orElse(null));
        fields.put("after", e.after().orElse(null));
        fields.put("metadata", e.metadata());
        return fields;
    }
}

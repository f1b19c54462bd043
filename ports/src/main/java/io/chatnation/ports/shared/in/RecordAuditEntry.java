package io.chatnation.ports.shared.in;

import io.chatnation.domain.shared.Caller;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Writes one audit entry inside the caller's current transaction: the change and its record commit together. */
public interface RecordAuditEntry {

    void record(Command command);

    record Command(Caller caller, String action, String entityType, Optional<UUID> entityId,
                   Optional<Map<String, Object>> before, Optional<Map<String, Object>> after,
                   Map<String, Object> metadata) {

        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(entityType, "entity type");
            metadata = metadata == null ? Map.of() : metadata;
        }

        public static Command created(Caller caller, String action, String entityType, UUID id, Map<String, Object> after) {
            return new Command(caller, action, entityType, Optional.of(id), Optional.empty(), Optional.of(after), Map.of());
        }

        public static Command changed(Caller caller, String action, String entityType, UUID id,
                                      Map<String, Object> before, Map<String, Object> after) {
            return new Command(caller, action, entityType, Optional.of(id), Optional.of(before), Optional.of(after), Map.of());
        }

        public static Command removed(Caller caller, String action, String entityType, UUID id, Map<String, Object> before) {
            return new Command(caller, action, entityType, Optional.of(id), Optional.of(before), Optional.empty(), Map.of());
        }
    }
}

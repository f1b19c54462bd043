package io.chatnation.ports.audit.out;

import io.chatnation.domain.audit.AuditEntry;
import io.chatnation.domain.audit.AuditQuery;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import java.util.function.Consumer;

/** The insert-only store of audit entries of the current organisation. */
public interface AuditTrail {

    void append(AuditEntry entry);

    /** Newest first. */
    Page<AuditEntry> find(AuditQuery query, PageRequest page);

    /** Oldest first, streamed. */
    long forEach(AuditQuery query, Consumer<AuditEntry> sink);
}

package io.chatnation.ports.audit.in;

import io.chatnation.domain.audit.AuditEntry;
import io.chatnation.domain.audit.AuditQuery;
import io.chatnation.domain.shared.Caller;
import java.util.function.Consumer;

/** Streams every matching entry, oldest first, without holding them all in memory. */
public interface ExportAuditLogs {

    /** @return the number of entries written */
    long export(Caller caller, AuditQuery filter, Consumer<AuditEntry> sink);
}

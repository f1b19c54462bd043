package io.chatnation.ports.audit.in;

import io.chatnation.domain.audit.AuditEntry;
import io.chatnation.domain.audit.AuditQuery;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import java.util.Optional;

/**
 * Reads the audit trail of the caller's organisation (owners), or of any organisation for a Platform
 * Admin, whose cross-tenant read is itself audited in the organisation read.
 */
public interface ListAuditLogs {

    Page<AuditEntry> list(Query query);

    record Query(Caller caller, Optional<OrgId> organisation, AuditQuery filter, PageRequest page) {}
}

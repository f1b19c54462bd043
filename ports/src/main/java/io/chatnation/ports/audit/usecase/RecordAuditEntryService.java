package io.chatnation.ports.audit.usecase;

import io.chatnation.domain.audit.AuditAction;
import io.chatnation.domain.audit.AuditEntry;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.audit.out.AuditTrail;
import java.time.Clock;

public final class RecordAuditEntryService implements RecordAuditEntry {

    private final AuditTrail trail;
    private final Clock clock;
    private final IdGenerator ids;

    public RecordAuditEntryService(AuditTrail trail, Clock clock, IdGenerator ids) {
        this.trail = trail;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public void record(Command c) {
        trail.append(new AuditEntry(ids.next(), c.caller().orgId(), c.caller().actorId(), c.caller().type(),
                new AuditAction(c.action()), c.entityType(), c.entityId(), c.before(), c.after(),
                c.caller().origin(), clock.instant(), c.metadata()));
    }
}

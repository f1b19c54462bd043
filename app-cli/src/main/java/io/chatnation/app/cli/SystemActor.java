package io.chatnation.app.cli;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.OrgId;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * The CLI acts as the platform itself, never as a member: one process id per run, recorded as the actor
 * (type {@code system}) of every audit entry the run writes, so the trail shows what one run did.
 */
@Singleton
final class SystemActor {

    private final UUID processId;

    SystemActor(IdGenerator ids) {
        this.processId = ids.next();
    }

    Caller in(OrgId org) {
        return Caller.system(org, processId);
    }
}

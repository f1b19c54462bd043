package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.shared.Access;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.identity.out.AccessRecords;
import io.chatnation.ports.shared.in.CheckAccess;

public final class CheckAccessService implements CheckAccess {

    private final AccessRecords records;

    public CheckAccessService(AccessRecords records) {
        this.records = records;
    }

    @Override
    public Access of(Caller caller) {
        return switch (caller.type()) {
            case SYSTEM -> Access.everything();
            case API -> Access.scopes(caller.apiScopes());
            case USER -> records.of(new UserId(caller.actorId()));
        };
    }
}

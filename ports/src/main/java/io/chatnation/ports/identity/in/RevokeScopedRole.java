package io.chatnation.ports.identity.in;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.UserId;
import java.util.UUID;

public interface RevokeScopedRole {

    void revoke(Command command);

    record Command(Caller caller, UserId member, UUID grantId) {}
}

package io.chatnation.ports.identity.in;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.UserId;

public interface RemoveMember {

    void remove(Command command);

    record Command(Caller caller, UserId member) {}
}

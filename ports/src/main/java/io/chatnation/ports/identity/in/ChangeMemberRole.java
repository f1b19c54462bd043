package io.chatnation.ports.identity.in;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.identity.Member;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.UserId;

public interface ChangeMemberRole {

    Member change(Command command);

    record Command(Caller caller, UserId member, Role role) {}
}

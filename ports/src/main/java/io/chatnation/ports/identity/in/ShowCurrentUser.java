package io.chatnation.ports.identity.in;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.identity.Member;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.tenancy.Organization;
import java.util.Optional;
import java.util.Set;

public interface ShowCurrentUser {

    Me show(Caller caller);

    /** @param member empty when the caller is an API key or the system */
    record Me(Caller caller, Organization organization, Optional<Member> member, Set<Permission> permissions) {}
}

package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.shared.Access;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.identity.Member;
import io.chatnation.domain.shared.AuthenticationFailed;
import io.chatnation.domain.shared.UserId;
import io.chatnation.domain.tenancy.Organization;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.identity.in.ShowCurrentUser;
import io.chatnation.ports.identity.out.Users;
import io.chatnation.ports.shared.out.UnitOfWork;
import io.chatnation.ports.tenancy.in.ShowOrganization;
import java.util.Optional;

public final class ShowCurrentUserService implements ShowCurrentUser {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final Users users;
    private final ShowOrganization organization;

    public ShowCurrentUserService(UnitOfWork uow, CheckAccess access, Users users, ShowOrganization organization) {
        this.uow = uow;
        this.access = access;
        this.users = users;
        this.organization = organization;
    }

    @Override
    public Me show(Caller caller) {
        return uow.inOrganization(caller.orgId(), () -> {
            Optional<Member> member = Optional.empty();
            if (caller.userId().isPresent()) {
                // A token outliving its account (member removed) authenticates nobody.
                member = Optional.of(users.find(new UserId(caller.actorId()))
                        .orElseThrow(() -> new AuthenticationFailed("This account no longer exists")));
            }
            Organization org = organization.show(caller);
            Access granted = access.of(caller);
            return new Me(caller, org, member, granted.permissions());
        });
    }
}

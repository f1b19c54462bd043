package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.identity.Member;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.identity.in.ListMembers;
import io.chatnation.ports.identity.out.Users;
import io.chatnation.ports.shared.out.UnitOfWork;

public final class ListMembersService implements ListMembers {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final Users users;

    public ListMembersService(UnitOfWork uow, CheckAccess access, Users users) {
        this.uow = uow;
        this.access = access;
        this.users = users;
    }

    @Override
    public Page<Member> list(Caller caller, PageRequest page) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.MEMBERS_READ);
            return users.page(page);
        });
    }
}

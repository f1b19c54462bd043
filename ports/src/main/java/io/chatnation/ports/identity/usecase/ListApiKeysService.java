package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.identity.ApiKey;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.identity.in.ListApiKeys;
import io.chatnation.ports.identity.out.ApiKeys;
import io.chatnation.ports.shared.out.UnitOfWork;

public final class ListApiKeysService implements ListApiKeys {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final ApiKeys apiKeys;

    public ListApiKeysService(UnitOfWork uow, CheckAccess access, ApiKeys apiKeys) {
        this.uow = uow;
        this.access = access;
        this.apiKeys = apiKeys;
    }

    @Override
    public Page<ApiKey> list(Caller caller, PageRequest page) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.API_KEYS_MANAGE);
            return apiKeys.page(page);
        });
    }
}

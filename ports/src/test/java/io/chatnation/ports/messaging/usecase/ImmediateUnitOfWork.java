package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.util.function.Supplier;

/** Runs work at once: the in-memory stores of these tests have no transaction to open nor organisation to scope. */
final class ImmediateUnitOfWork implements UnitOfWork {

    @Override
    public <T> T inOrganization(OrgId org, Supplier<T> work) {
        return work.get();
    }

    @Override
    public <T> T withoutOrganization(Supplier<T> work) {
        return work.get();
    }
}

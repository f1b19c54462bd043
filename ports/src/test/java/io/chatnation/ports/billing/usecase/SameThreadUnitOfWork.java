package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.util.Optional;
import java.util.function.Supplier;

/** Runs work at once, remembering which organisation it is for, so in-memory stores can scope to it. */
final class SameThreadUnitOfWork implements UnitOfWork {

    private final ThreadLocal<Optional<OrgId>> current = ThreadLocal.withInitial(Optional::empty);

    Optional<OrgId> organisation() {
        return current.get();
    }

    @Override
    public <T> T inOrganization(OrgId org, Supplier<T> work) {
        return run(Optional.of(org), work);
    }

    @Override
    public <T> T withoutOrganization(Supplier<T> work) {
        return run(Optional.empty(), work);
    }

    private <T> T run(Optional<OrgId> org, Supplier<T> work) {
        Optional<OrgId> outer = current.get();
        current.set(org);
        try {
            return work.get();
        } finally {
            current.set(outer);
        }
    }
}

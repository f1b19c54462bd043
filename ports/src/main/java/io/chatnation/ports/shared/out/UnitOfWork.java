package io.chatnation.ports.shared.out;

import io.chatnation.domain.shared.OrgId;
import java.util.function.Supplier;

/**
 * A transaction. Inside {@link #inOrganization} the store sees only that organisation's rows (PostgreSQL
 * Row-Level Security keyed on the transaction's organisation), and every row written belongs to it.
 * A call inside another joins it; joining with a different organisation is refused.
 */
public interface UnitOfWork {

    <T> T inOrganization(OrgId org, Supplier<T> work);

    /** A transaction bound to no organisation: only the narrow credential lookups see anything. */
    <T> T withoutOrganization(Supplier<T> work);

    default void runInOrganization(OrgId org, Runnable work) {
        inOrganization(org, () -> {
            work.run();
            return null;
        });
    }
}

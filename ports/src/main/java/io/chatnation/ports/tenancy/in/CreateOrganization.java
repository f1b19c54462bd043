package io.chatnation.ports.tenancy.in;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.tenancy.Organization;
import java.util.Objects;

/**
 * Creates the tenant row. Runs inside a transaction already bound to the new organisation's id (the
 * caller allocated it), which Row-Level Security requires for the insert to be allowed at all.
 */
public interface CreateOrganization {

    Organization create(Command command);

    record Command(Caller creator, DisplayName name) {
        public Command {
            Objects.requireNonNull(creator, "creator");
            Objects.requireNonNull(name, "name");
        }
    }
}

package io.chatnation.ports.tenancy.in;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.tenancy.Organization;

public interface RenameOrganization {

    Organization rename(Command command);

    record Command(Caller caller, DisplayName name) {}
}

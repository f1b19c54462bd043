package io.chatnation.ports.tenancy.in;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.tenancy.Organization;

public interface ShowOrganization {
    Organization show(Caller caller);
}

package io.chatnation.ports.tenancy.out;

import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.tenancy.Organization;
import java.util.Optional;

public interface Organizations {

    void add(Organization organization);

    Optional<Organization> find(OrgId id);

    void update(Organization organization);
}

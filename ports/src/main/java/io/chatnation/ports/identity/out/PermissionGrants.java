package io.chatnation.ports.identity.out;

import io.chatnation.domain.shared.PermissionGrant;
import io.chatnation.domain.shared.UserId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface PermissionGrants {

    /** @throws io.chatnation.domain.shared.Conflict when the same grant already exists */
    void add(PermissionGrant grant);

    Optional<PermissionGrant> find(UUID id);

    void remove(UUID id);

    List<PermissionGrant> of(UserId user);
}

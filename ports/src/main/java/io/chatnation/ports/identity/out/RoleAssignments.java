package io.chatnation.ports.identity.out;

import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.UserId;

/** Organisation-wide roles of the current organisation's users. */
public interface RoleAssignments {

    /** Replaces whatever organisation-wide roles the user held with this one. */
    void assign(UserId user, Role role);

    /** Counts holders, locking their rows so two concurrent demotions cannot both pass the last-owner rule. */
    long countHoldersForUpdate(Role role);
}

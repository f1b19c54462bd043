package io.chatnation.ports.identity.out;

import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.UserId;

/** Organisation-wide roles of the current organisation's users. */
public interface RoleAssignments {

    /** Replaces whatever organisation-wide roles the user held with this one. */
    void assign(UserId user, Role role);

    /**
     * Counts the holders who have signed in (an invitation nobody accepted yet owns nothing), locking their
     * rows so two concurrent demotions cannot both pass the last-owner rule.
     */
    long countActiveHoldersForUpdate(Role role);
}

package io.chatnation.ports.identity.out;

import io.chatnation.domain.shared.Access;
import io.chatnation.domain.shared.UserId;

/** A user's organisation-wide roles and scoped grants, read together: every request asks for them. */
public interface AccessRecords {
    Access of(UserId user);
}

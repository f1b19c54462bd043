package io.chatnation.ports.shared.in;

import io.chatnation.domain.shared.Access;
import io.chatnation.domain.shared.Caller;

/**
 * What the caller may do, read fresh from the store inside the current transaction. Every use case of
 * every module asks this before acting, so permissions are enforced the same way over REST and CLI.
 */
public interface CheckAccess {
    Access of(Caller caller);
}

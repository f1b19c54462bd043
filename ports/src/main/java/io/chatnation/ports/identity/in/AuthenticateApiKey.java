package io.chatnation.ports.identity.in;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.RequestOrigin;
import java.util.Optional;

/** Turns a presented API key into a caller, or nothing if it is unknown, wrong or revoked. */
public interface AuthenticateApiKey {
    Optional<Caller> authenticate(String presentedKey, RequestOrigin origin);
}

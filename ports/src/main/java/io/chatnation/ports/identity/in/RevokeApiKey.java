package io.chatnation.ports.identity.in;

import io.chatnation.domain.shared.Caller;
import java.util.UUID;

public interface RevokeApiKey {

    void revoke(Command command);

    record Command(Caller caller, UUID keyId) {}
}

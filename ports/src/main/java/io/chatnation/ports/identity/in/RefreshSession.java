package io.chatnation.ports.identity.in;

import io.chatnation.domain.shared.RequestOrigin;

/** Rotates a refresh token: the presented one is retired, a successor issued; reuse revokes the family. */
public interface RefreshSession {

    Session refresh(Command command);

    record Command(String refreshToken, RequestOrigin origin) {}
}

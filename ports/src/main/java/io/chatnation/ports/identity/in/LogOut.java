package io.chatnation.ports.identity.in;

import io.chatnation.domain.shared.Caller;
import java.util.Optional;

/** Ends the session the refresh token belongs to, or every session of the user when none is given. */
public interface LogOut {

    void logOut(Command command);

    record Command(Caller caller, Optional<String> refreshToken) {}
}

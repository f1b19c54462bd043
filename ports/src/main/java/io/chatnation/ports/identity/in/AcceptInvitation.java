package io.chatnation.ports.identity.in;

import io.chatnation.domain.identity.PlainPassword;
import io.chatnation.domain.shared.RequestOrigin;

/** The invited member chooses a password and is signed in. */
public interface AcceptInvitation {

    Session accept(Command command);

    record Command(String invitationToken, PlainPassword password, RequestOrigin origin) {}
}

package io.chatnation.ports.identity.in;

import io.chatnation.domain.identity.PlainPassword;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.domain.shared.RequestOrigin;

public interface LogIn {

    /** @throws io.chatnation.domain.shared.AuthenticationFailed on any mismatch, without saying which */
    Session logIn(Command command);

    record Command(EmailAddress email, PlainPassword password, RequestOrigin origin) {}
}

package io.chatnation.ports.identity.in;

import io.chatnation.domain.identity.PlainPassword;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.domain.shared.RequestOrigin;
import java.util.Objects;

/** Sign-up: a new organisation and its first owner, all or nothing. */
public interface RegisterOrganization {

    Session register(Command command);

    record Command(DisplayName organizationName, DisplayName ownerName, EmailAddress email, PlainPassword password,
                   RequestOrigin origin) {
        public Command {
            Objects.requireNonNull(organizationName, "organisation name");
            Objects.requireNonNull(ownerName, "owner name");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
        }
    }
}

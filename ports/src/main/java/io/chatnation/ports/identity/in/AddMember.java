package io.chatnation.ports.identity.in;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.identity.Member;
import io.chatnation.domain.identity.PlainPassword;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.EmailAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds a team member with a role. With a password the account is active at once; without one the member
 * is invited and the result carries the one-time invitation token (valid 7 days) to pass on.
 */
public interface AddMember {

    Added add(Command command);

    record Command(Caller caller, EmailAddress email, DisplayName name, Role role, Optional<PlainPassword> password) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            password = password == null ? Optional.empty() : password;
        }
    }

    record Added(Member member, Optional<String> invitationToken) {}
}

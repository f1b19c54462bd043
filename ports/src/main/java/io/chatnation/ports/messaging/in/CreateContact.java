package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactProfile;
import io.chatnation.domain.shared.Caller;
import java.util.Objects;
import java.util.Optional;

/** Adds a contact by phone number as typed; the organisation's default region completes local numbers. */
public interface CreateContact {

    ContactDetails create(Command command);

    /** @param optInSource when the person agreed to be messaged, where they did (a form, an event desk) */
    record Command(Caller caller, String phone, ContactProfile profile, Optional<String> optInSource) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(profile, "profile");
            optInSource = optInSource == null ? Optional.empty() : optInSource;
        }
    }
}

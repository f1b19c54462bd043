package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.shared.Caller;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Changes a contact's profile; each part given replaces the current one, an empty text clears it. */
public interface UpdateContact {

    ContactDetails update(Command command);

    record Command(Caller caller, ContactId id, Optional<String> name, Optional<String> language,
                   Optional<Set<String>> labels, Optional<Map<String, String>> customFields, Optional<String> notes) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(id, "id");
        }
    }
}

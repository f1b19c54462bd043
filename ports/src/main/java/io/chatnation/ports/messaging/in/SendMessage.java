package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.LanguageCode;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.TemplateName;
import io.chatnation.domain.shared.Caller;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An operator's message to a contact, through the number the contact writes to (or the organisation's only number).
 * Free-form text only while the customer-service window is open; an approved template at any time.
 */
public interface SendMessage {

    SentMessage send(Caller caller, ContactId contact, What what);

    sealed interface What {
    }

    record FreeForm(String text) implements What {
        public FreeForm {
            Objects.requireNonNull(text, "text");
        }
    }

    /** @param parameters the body's values, {{1}} first; empty to fill them from the contact's fields */
    record Template(TemplateName name, LanguageCode language, Optional<List<String>> parameters) implements What {
        public Template {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(language, "language");
            parameters = parameters.map(List::copyOf);
        }
    }

    /** @param status {@code sent} or {@code failed}; {@code error} says why a failed one failed */
    record SentMessage(MessageId id, String type, String body, String status, Optional<String> providerMessageId,
                       Optional<String> error) {
    }
}

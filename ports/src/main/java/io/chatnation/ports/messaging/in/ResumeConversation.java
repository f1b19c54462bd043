package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.shared.OrgId;
import java.util.Map;
import java.util.Objects;

/**
 * How a module resumes a conversation its process left WAITING for an outside event (a payment confirmed, an
 * approval given): the process continues with the event's fields, and what it answers is sent to the contact.
 */
public interface ResumeConversation {

    Outcome resume(Command command);

    record Command(OrgId org, ContactId contact, String process, Map<String, String> event) {
        public Command {
            Objects.requireNonNull(org, "org");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(process, "process");
            event = Map.copyOf(event);
        }
    }

    enum Outcome {
        /** The process continued; its replies were sent. */
        RESUMED,
        /** The conversation no longer waits for this process (it timed out, or the contact opted out): nothing done. */
        NOT_WAITING
    }
}

package io.chatnation.ports.shared.out;

import io.chatnation.domain.shared.EmailAddress;
import java.util.List;
import java.util.Objects;

/** Sends a plain-text e-mail. Called outside any transaction: it waits on a mail server. */
public interface Mailer {

    Outcome send(Mail mail);

    record Mail(List<EmailAddress> to, String subject, String text) {
        public Mail {
            to = List.copyOf(to);
            if (to.isEmpty()) {
                throw new IllegalArgumentException("a mail has at least one recipient");
            }
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
        }
    }

    sealed interface Outcome permits Sent, Skipped, Failed {}

    record Sent() implements Outcome {}

    /** Mail is not configured on this platform: nothing was sent, and nothing pretends it was. */
    record Skipped(String reason) implements Outcome {}

    record Failed(String reason) implements Outcome {}
}

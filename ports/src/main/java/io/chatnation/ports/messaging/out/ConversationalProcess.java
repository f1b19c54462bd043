package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.Contact;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.Keyword;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.ProcessPosition;
import io.chatnation.domain.shared.OrgId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A conversation a business module holds with a contact over several messages — a survey, a ticket purchase, a
 * HypeCard upload, a menu. Modules register their processes with the router, which starts one on its keywords or
 * deep-link codes and hands it the contact's next messages while it holds the conversation (LOCKED), or an outside
 * event while it waits for one (WAITING). Both calls run inside the routing transaction of the contact's
 * organisation: a process may use its own module's ports, and must not call a provider.
 */
public interface ConversationalProcess {

    /** Unique among processes; stored in the conversation while the process holds it. */
    String name();

    /** Whole messages that start the process, matched case- and accent-insensitively. */
    Set<Keyword> keywords();

    /** Codes carried by QR codes and wa.me links ("start BOOTH42"); none by default. */
    default Set<Keyword> deepLinkCodes() {
        return Set.of();
    }

    /** How long the contact may stay silent (or the outside event take) before the process is abandoned. */
    Duration timeout();

    /** What the contact is told when the process is abandoned for their silence; empty to say nothing. */
    default Optional<String> timeoutNotice() {
        return Optional.empty();
    }

    /** The first message of the process, started by {@code trigger}. */
    Step start(Turn turn, Trigger trigger);

    /** The contact's (or the outside world's) next word while the process stands at {@code at}. */
    Step continueWith(Turn turn, ProcessPosition at);

    /** How the process was reached: a keyword, a deep-link code, or another process handing over to it. */
    record Trigger(Keyword word, Kind kind) {
        public enum Kind { KEYWORD, DEEP_LINK, HANDOVER }

        public Trigger {
            Objects.requireNonNull(word, "word");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * One message to a process. {@code text} is what the contact typed (or the title of what they tapped),
     * {@code choice} the id of the button or list row they tapped; an outside event carries its {@code event} fields
     * and no message.
     */
    record Turn(OrgId org, Contact contact, ConversationId conversation, Optional<String> text,
                Optional<String> choice, Map<String, String> event, Instant now) {
        public Turn {
            Objects.requireNonNull(org, "org");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(conversation, "conversation");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(choice, "choice");
            event = Map.copyOf(event);
            Objects.requireNonNull(now, "now");
        }
    }

    /** What a process does with a message: the replies to send, and where the conversation goes next. */
    sealed interface Step permits Step.Continue, Step.Await, Step.Finish, Step.HandOver {

        List<OutboundContent> replies();

        /** The process stays in charge: the contact's next message goes to {@code step}. */
        record Continue(String step, Map<String, String> data, List<OutboundContent> replies) implements Step {
            public Continue {
                data = Map.copyOf(data);
                replies = List.copyOf(replies);
            }
        }

        /** The process waits for an outside event (resumed through ResumeConversation) before going on at {@code step}. */
        record Await(String step, Map<String, String> data, List<OutboundContent> replies) implements Step {
            public Await {
                data = Map.copyOf(data);
                replies = List.copyOf(replies);
            }
        }

        /** The process is done: the conversation is free again. */
        record Finish(List<OutboundContent> replies) implements Step {
            public Finish {
                replies = List.copyOf(replies);
            }
        }

        /** The process is done and hands the contact to the process behind {@code keyword} (a menu choice). */
        record HandOver(Keyword keyword, List<OutboundContent> replies) implements Step {
            public HandOver {
                Objects.requireNonNull(keyword, "keyword");
                replies = List.copyOf(replies);
            }
        }

        static Step finish(OutboundContent... replies) {
            return new Finish(List.of(replies));
        }

        static Step next(String step, Map<String, String> data, OutboundContent... replies) {
            return new Continue(step, data, List.of(replies));
        }
    }
}

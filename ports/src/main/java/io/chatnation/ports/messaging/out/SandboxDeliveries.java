package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the sandbox's simulated phones received, in the current organisation: the messages table keeps the text a
 * contact reads, this keeps the interactive content (buttons, list menus) so the phone can offer it as choices.
 */
public interface SandboxDeliveries {

    /** Keeps the interactive content of a message the sandbox delivered to {@code to}. */
    void keep(ChannelAccountId account, ProviderMessageId message, PhoneNumber to, OutboundContent content, Instant at);

    /** The interactive contents most recently delivered to {@code phone}, newest first. */
    List<OutboundContent> recentInteractive(ChannelAccountId account, PhoneNumber phone, int limit);

    /** The thread of one phone with the sandbox number, newest first; the cursor continues with older messages. */
    Page<ThreadMessage> thread(ChannelAccountId account, PhoneNumber phone, PageRequest page);

    enum Direction { INBOUND, OUTBOUND }

    /**
     * One message of a sandbox thread as the phone shows it. {@code interactive} holds the buttons or list menu of an
     * outbound message that had them; {@code error} why an outbound message failed.
     */
    record ThreadMessage(MessageId id, Direction direction, String type, String body, String status, Instant at,
                         Optional<OutboundContent> interactive, Optional<String> error) {
        public ThreadMessage {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(type, "type");
            body = body == null ? "" : body;
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(interactive, "interactive");
            Objects.requireNonNull(error, "error");
        }
    }
}

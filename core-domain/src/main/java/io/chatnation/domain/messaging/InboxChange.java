package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.OrgId;
import java.util.Objects;
import java.util.Optional;

/**
 * Something in an organisation's inbox changed: a message arrived, was sent or moved on (delivered, read, failed),
 * or a conversation's state changed. Carries ids only; a listener reads what it may see through the API.
 */
public record InboxChange(OrgId org, Kind kind, ConversationId conversation, Optional<MessageId> message) {

    public enum Kind { MESSAGE, CONVERSATION }

    public InboxChange {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(conversation, "conversation");
        message = message == null ? Optional.empty() : message;
    }
}

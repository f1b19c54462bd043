package io.chatnation.domain.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the inbox: who the conversation is with, its last message, how many of the contact's messages no
 * agent has read yet, and its inbox state. {@code lastMessage} is the text of the last message, when it has one.
 */
public record InboxConversation(ConversationId id, ContactId contact, Optional<String> contactName,
                                Optional<String> phone, Optional<String> lastMessage, Optional<String> lastMessageType,
                                Optional<Instant> lastMessageAt, int unreadCount, InboxState state,
                                Optional<String> assigneeName) {

    public InboxConversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(state, "state");
    }
}

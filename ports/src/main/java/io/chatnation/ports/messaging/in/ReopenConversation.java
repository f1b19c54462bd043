package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.shared.Caller;

/** Reopens a resolved conversation; one also reopens by itself when the contact writes again. Answers the conversation as it now is. */
public interface ReopenConversation {
    InboxConversation reopen(Caller caller, ConversationId id);
}

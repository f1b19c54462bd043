package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.shared.Caller;

/** The agents are done with the conversation, until the contact writes again. Answers the conversation as it now is. */
public interface ResolveConversation {
    InboxConversation resolve(Caller caller, ConversationId id);
}

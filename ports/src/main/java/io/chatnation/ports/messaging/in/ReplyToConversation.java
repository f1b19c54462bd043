package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.shared.Caller;

/**
 * An agent's message in a conversation, sent as {@link SendMessage} sends any operator's message: free-form within
 * the customer-service window, an approved template at any time.
 */
public interface ReplyToConversation {
    SendMessage.SentMessage reply(Caller caller, ConversationId id, SendMessage.What what);
}

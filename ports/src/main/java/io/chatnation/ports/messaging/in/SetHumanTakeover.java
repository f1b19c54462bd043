package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.shared.Caller;

/** While on, the bot stays silent and agents answer the contact. Answers the conversation as it now is. */
public interface SetHumanTakeover {
    InboxConversation set(Caller caller, ConversationId id, boolean on);
}

package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.UserId;
import java.util.Optional;

/** Gives the conversation to a member of the organisation; empty takes it from whoever had it. Answers the conversation as it now is. */
public interface AssignConversation {
    InboxConversation assign(Caller caller, ConversationId id, Optional<UserId> member);
}

package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.messaging.InboxFilter;
import io.chatnation.domain.messaging.InboxState;
import io.chatnation.domain.messaging.ThreadMessage;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.UserId;
import java.time.Instant;
import java.util.Optional;

/** The current organisation's conversations as its agents work them. */
public interface Inbox {

    /**
     * Conversations with the latest message first. The filter's assignee is already resolved: {@code Me} never reaches
     * here.
     */
    Page<InboxConversation> list(InboxFilter filter, PageRequest page);

    Optional<InboxConversation> find(ConversationId id);

    /** The same conversation locked until the transaction ends, so that two agents' changes apply one after another. */
    Optional<InboxConversation> findForUpdate(ConversationId id);

    /** The conversation's messages, newest first a page at a time (the caller shows them oldest first). */
    Page<ThreadMessage> thread(ConversationId id, PageRequest page);

    /** An agent has read the thread: nothing of the contact's is unread any more. */
    void markRead(ConversationId id, Instant at);

    void save(ConversationId id, InboxState state, Instant at);

    /** Whether the user is a member of the current organisation (an invited one included). */
    boolean isMember(UserId user);
}

package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.ports.messaging.in.ShowConversation;

/**
 * Opening a thread marks it read. That is a reading mark, not a decision about the conversation, so it is not written
 * to the audit trail (which would otherwise grow by one entry each time an agent glances at a chat).
 */
public final class ShowConversationService implements ShowConversation {

    private final InboxWork work;

    public ShowConversationService(InboxWork work) {
        this.work = work;
    }

    @Override
    public Thread show(Caller caller, ConversationId id, PageRequest page) {
        return work.as(caller, InboxWork.READ, () -> {
            InboxConversation conversation = work.existing(id);
            // Only the first page is what the agent actually sees arrive; paging back through history reads nothing new.
            if (page.cursor().isEmpty() && conversation.unreadCount() > 0) {
                work.inbox().markRead(id, work.clock().instant());
                conversation = work.existing(id);
            }
            return new Thread(conversation, work.inbox().thread(id, page));
        });
    }
}

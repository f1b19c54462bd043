package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.StoredMedia;
import io.chatnation.domain.messaging.ThreadMessage;
import io.chatnation.domain.shared.Page;
import io.chatnation.ports.messaging.out.MessageMedia;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
    private final MessageMedia media;

    public ShowConversationService(InboxWork work, MessageMedia media) {
        this.work = work;
        this.media = media;
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
            Page<ThreadMessage> messages = work.inbox().thread(id, page);
            List<MessageId> withMedia = messages.items().stream().filter(m -> m.mediaKind().isPresent())
                    .map(ThreadMessage::id).toList();
            Map<MessageId, StoredMedia> stored = withMedia.isEmpty() ? Map.of()
                    : media.ofMessages(withMedia).stream().collect(Collectors.toMap(StoredMedia::message, m -> m));
            return new Thread(conversation, messages, stored);
        });
    }
}

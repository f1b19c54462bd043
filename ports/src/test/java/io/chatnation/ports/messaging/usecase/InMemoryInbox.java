package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.AssigneeFilter;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.messaging.InboxFilter;
import io.chatnation.domain.messaging.InboxState;
import io.chatnation.domain.messaging.ThreadMessage;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.messaging.out.Inbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The inbox of one organisation in memory: enough for the use cases' rules; filters beyond the assignee are the store's. */
final class InMemoryInbox implements Inbox {

    final Map<ConversationId, InboxConversation> conversations = new LinkedHashMap<>();
    final Set<UserId> members = new HashSet<>();
    final List<ConversationId> markedRead = new ArrayList<>();
    int saves;
    InboxFilter lastFilter;

    void add(InboxConversation conversation) {
        conversations.put(conversation.id(), conversation);
    }

    @Override
    public Page<InboxConversation> list(InboxFilter filter, PageRequest page) {
        lastFilter = filter;
        List<InboxConversation> out = conversations.values().stream().filter(c -> filter.assigned().map(a ->
                a instanceof AssigneeFilter.Member m ? c.state().assignee().equals(Optional.of(m.user()))
                        : c.state().assignee().isEmpty()).orElse(true)).toList();
        return new Page<>(out, Optional.empty());
    }

    @Override
    public Optional<InboxConversation> find(ConversationId id) {
        return Optional.ofNullable(conversations.get(id));
    }

    @Override
    public Optional<InboxConversation> findForUpdate(ConversationId id) {
        return find(id);
    }

    @Override
    public Page<ThreadMessage> thread(ConversationId id, PageRequest page) {
        return new Page<>(List.of(), Optional.empty());
    }

    @Override
    public void markRead(ConversationId id, Instant at) {
        markedRead.add(id);
        InboxConversation c = conversations.get(id);
        conversations.put(id, new InboxConversation(c.id(), c.contact(), c.contactName(), c.phone(), c.lastMessage(),
                c.lastMessageType(), c.lastMessageAt(), 0, c.state(), c.assigneeName()));
    }

    @Override
    public void save(ConversationId id, InboxState state, Instant at) {
        saves++;
        InboxConversation c = conversations.get(id);
        conversations.put(id, new InboxConversation(c.id(), c.contact(), c.contactName(), c.phone(), c.lastMessage(),
                c.lastMessageType(), c.lastMessageAt(), c.unreadCount(), state, c.assigneeName()));
    }

    @Override
    public boolean isMember(UserId user) {
        return members.contains(user);
    }
}

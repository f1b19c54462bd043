package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.StoredMedia;
import java.util.Map;

import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.messaging.ThreadMessage;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;

/**
 * A conversation and a page of its messages, newest first; the page's cursor reaches further back. Opening the thread
 * marks the contact's messages read.
 */
public interface ShowConversation {

    Thread show(Caller caller, ConversationId id, PageRequest page);

    /** {@code media}: what became of the attachments of the page's inbound messages, by message (absent: not yet fetched). */
    record Thread(InboxConversation conversation, Page<ThreadMessage> messages, Map<MessageId, StoredMedia> media) {}
}

package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.messaging.InboxFilter;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;

/** The organisation's conversations, the latest message first, filtered, a page at a time. */
public interface ListInbox {
    Page<InboxConversation> list(Caller caller, InboxFilter filter, PageRequest page);
}

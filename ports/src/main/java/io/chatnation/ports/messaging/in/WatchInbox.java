package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.InboxChange;
import io.chatnation.domain.shared.Caller;
import io.chatnation.ports.messaging.out.InboxFeed;
import java.util.function.Consumer;

/** Live changes to the caller's organisation's inbox, for as long as the caller keeps the subscription open. */
public interface WatchInbox {
    InboxFeed.Subscription watch(Caller caller, Consumer<InboxChange> listener);
}

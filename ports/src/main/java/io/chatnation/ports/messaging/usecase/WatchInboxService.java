package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.InboxChange;
import io.chatnation.domain.shared.Caller;
import io.chatnation.ports.messaging.in.WatchInbox;
import io.chatnation.ports.messaging.out.InboxFeed;
import java.util.function.Consumer;

/** Checks once, at subscription, that the caller may read the inbox; the changes carry ids, never content. */
public final class WatchInboxService implements WatchInbox {

    private final InboxWork work;
    private final InboxFeed feed;

    public WatchInboxService(InboxWork work, InboxFeed feed) {
        this.work = work;
        this.feed = feed;
    }

    @Override
    public InboxFeed.Subscription watch(Caller caller, Consumer<InboxChange> listener) {
        work.as(caller, InboxWork.READ, () -> null);
        return feed.subscribe(caller.orgId(), listener);
    }
}

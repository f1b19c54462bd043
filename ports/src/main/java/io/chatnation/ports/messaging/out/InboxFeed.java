package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.InboxChange;
import io.chatnation.domain.shared.OrgId;
import java.util.function.Consumer;

/**
 * Changes to an organisation's inbox as they are committed, whichever process wrote them (a worker, the CLI, another
 * server). The listener is called on the feed's own thread and must not block.
 */
public interface InboxFeed {

    Subscription subscribe(OrgId org, Consumer<InboxChange> listener);

    /** Stops the listener from being called; closing twice does nothing. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}

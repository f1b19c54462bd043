package io.chatnation.app.server.jobs;

import io.chatnation.ports.messaging.in.AbandonExpiredConversations;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code chatnation.messaging.routing.sweep-every}, abandons the conversations whose process timed out. Safe on
 * several nodes at once: each conversation is locked while it is reset, and one already reset is skipped.
 */
@Singleton
@Requires(notEnv = Environment.CLI)
public class ConversationTimeoutsJob {

    private static final Logger LOG = LoggerFactory.getLogger(ConversationTimeoutsJob.class);
    private static final int BATCH = 200;

    private final AbandonExpiredConversations abandon;

    public ConversationTimeoutsJob(AbandonExpiredConversations abandon) {
        this.abandon = abandon;
    }

    @Scheduled(fixedDelay = "${chatnation.messaging.routing.sweep-every:30s}",
               initialDelay = "${chatnation.messaging.routing.sweep-every:30s}")
    public int run() {
        try {
            int abandoned = abandon.abandonExpired(BATCH);
            if (abandoned > 0) {
                LOG.info("Abandoned {} conversation(s) whose process timed out", abandoned);
            }
            return abandoned;
        } catch (RuntimeException e) {
            // The next run tries again; a failure must not stop the schedule.
            LOG.warn("Abandoning timed-out conversations failed", e);
            return 0;
        }
    }
}

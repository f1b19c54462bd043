package io.chatnation.app.server.jobs;

import io.chatnation.ports.messaging.in.DeliverChannelAlerts;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code chatnation.messaging.alerts.every}, mails the channel alerts raised since to the organisations' owners
 * and admins. Safe on several nodes at once: each alert is delivered under a lease, once.
 */
@Singleton
@Requires(notEnv = Environment.CLI)
public class ChannelAlertsJob {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelAlertsJob.class);

    private final DeliverChannelAlerts deliver;

    public ChannelAlertsJob(DeliverChannelAlerts deliver) {
        this.deliver = deliver;
    }

    @Scheduled(fixedDelay = "${chatnation.messaging.alerts.every:15s}", initialDelay = "${chatnation.messaging.alerts.every:15s}")
    public int run() {
        try {
            int delivered = deliver.deliver();
            if (delivered > 0) {
                LOG.info("Channel alerts: {} delivered", delivered);
            }
            return delivered;
        } catch (RuntimeException e) {
            // The next run tries again; a failure must not stop the schedule.
            LOG.warn("Delivering channel alerts failed", e);
            return 0;
        }
    }
}

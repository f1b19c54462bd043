package io.chatnation.app.server.jobs;

import io.chatnation.ports.billing.in.DeliverLowBalanceAlerts;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code chatnation.billing.alerts.every}, delivers the low-balance alerts raised since: mails the owners and
 * starts auto-refill purchases. Safe on several nodes at once: each alert is delivered under a lease, once.
 */
@Singleton
// Background work belongs to the server: a CLI command must not start purchases or send mail.
@Requires(notEnv = Environment.CLI)
public class LowBalanceAlertsJob {

    private static final Logger LOG = LoggerFactory.getLogger(LowBalanceAlertsJob.class);

    private final DeliverLowBalanceAlerts deliver;

    public LowBalanceAlertsJob(DeliverLowBalanceAlerts deliver) {
        this.deliver = deliver;
    }

    @Scheduled(fixedDelay = "${chatnation.billing.alerts.every:15s}", initialDelay = "${chatnation.billing.alerts.every:15s}")
    public DeliverLowBalanceAlerts.Delivered run() {
        try {
            DeliverLowBalanceAlerts.Delivered delivered = deliver.deliver();
            if (delivered.alerts() > 0) {
                LOG.info("Low-balance alerts: {} delivered, {} mailed, {} auto-refill purchase(s) started, {} failed to start",
                        delivered.alerts(), delivered.mailsSent(), delivered.refillsStarted(), delivered.refillsFailed());
            }
            return delivered;
        } catch (RuntimeException e) {
            // The next run tries again; a failure must not stop the schedule.
            LOG.warn("Delivering low-balance alerts failed", e);
            return new DeliverLowBalanceAlerts.Delivered(0, 0, 0, 0);
        }
    }
}

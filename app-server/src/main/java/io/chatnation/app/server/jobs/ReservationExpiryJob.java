package io.chatnation.app.server.jobs;

import io.chatnation.ports.billing.in.ExpireReservations;
import io.micronaut.context.env.Environment;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every minute, gives back the tokens of reservations nobody settled or released in time. Every server node runs
 * it; that is safe because each reservation is expired under its row lock and busy ones are skipped. Tools that
 * load the server's beans without serving (the admin CLI) switch it off with
 * {@code chatnation.billing.expire-reservations=false}.
 */
@Singleton
@Requires(property = "chatnation.billing.expire-reservations", notEquals = "false")
// Background work belongs to the server: a CLI command must not start settling payments or expiring reservations.
@Requires(notEnv = Environment.CLI)
public class ReservationExpiryJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReservationExpiryJob.class);

    private final ExpireReservations expire;

    public ReservationExpiryJob(ExpireReservations expire) {
        this.expire = expire;
    }

    @Scheduled(initialDelay = "1m", fixedDelay = "1m")
    public ExpireReservations.Expired run() {
        try {
            ExpireReservations.Expired expired = expire.expire();
            if (expired.reservations() > 0) {
                LOG.info("Released {} lapsed token reservation(s) in {} organisation(s)", expired.reservations(), expired.organisations());
            }
            return expired;
        } catch (RuntimeException e) {
            // The next run a minute later tries again; a failure must not stop the schedule.
            LOG.warn("Expiring token reservations failed", e);
            return new ExpireReservations.Expired(0, 0);
        }
    }
}

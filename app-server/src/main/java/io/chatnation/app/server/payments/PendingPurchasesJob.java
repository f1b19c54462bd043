package io.chatnation.app.server.payments;

import io.chatnation.ports.billing.in.ResolvePendingPurchases;
import io.micronaut.context.env.Environment;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code chatnation.payments.resolve.every}, asks the providers about purchases whose notice has not come
 * within {@code unanswered-for}. Safe on several nodes at once: each purchase is settled under a row lock, once.
 */
@Singleton
// Background work belongs to the server: a CLI command must not start settling payments or expiring reservations.
@Requires(notEnv = Environment.CLI)
public class PendingPurchasesJob {

    private static final Logger LOG = LoggerFactory.getLogger(PendingPurchasesJob.class);

    private final ResolvePendingPurchases resolve;
    private final ResolvePendingPurchases.Command command;

    public PendingPurchasesJob(ResolvePendingPurchases resolve,
                               @Value("${chatnation.payments.resolve.unanswered-for:90s}") Duration unansweredFor,
                               @Value("${chatnation.payments.resolve.ask-again-after:60s}") Duration askAgainAfter,
                               @Value("${chatnation.payments.resolve.give-up-after:2h}") Duration giveUpAfter,
                               @Value("${chatnation.payments.resolve.batch:100}") int batch) {
        this.resolve = resolve;
        this.command = new ResolvePendingPurchases.Command(unansweredFor, askAgainAfter, giveUpAfter, batch);
    }

    @Scheduled(fixedDelay = "${chatnation.payments.resolve.every:30s}", initialDelay = "${chatnation.payments.resolve.every:30s}")
    public void run() {
        try {
            ResolvePendingPurchases.Result result = resolve.resolve(command);
            if (result.examined() > 0) {
                LOG.info("Pending purchases: {} examined, {} settled, {} provider queries failed", result.examined(),
                        result.settled(), result.queryFailures());
            }
        } catch (RuntimeException e) {
            LOG.error("Resolving pending purchases failed", e);
        }
    }
}

package io.chatnation.ports.billing.in;

import java.time.Duration;
import java.util.Objects;

/**
 * Asks the providers about purchases still pending long after they started: a callback may never arrive
 * (the provider could not reach us, or gave up). What the provider answers goes through the same
 * confirmation as a notice; a purchase no provider confirms in time expires.
 */
public interface ResolvePendingPurchases {

    Result resolve(Command command);

    /**
     * @param unansweredFor how long a purchase waits for its notice before the provider is asked
     * @param askAgainAfter how long before the same purchase is asked about again
     * @param giveUpAfter   how long after starting a purchase that no provider confirmed expires
     * @param limit         at most this many purchases per run
     */
    record Command(Duration unansweredFor, Duration askAgainAfter, Duration giveUpAfter, int limit) {
        public Command {
            Objects.requireNonNull(unansweredFor, "unanswered for");
            Objects.requireNonNull(askAgainAfter, "ask again after");
            Objects.requireNonNull(giveUpAfter, "give up after");
            if (unansweredFor.isNegative() || askAgainAfter.isNegative() || giveUpAfter.isNegative() || limit < 1) {
                throw new IllegalArgumentException("durations are not negative and the limit is positive");
            }
        }
    }

    /**
     * @param examined     pending purchases looked at
     * @param settled      of those, now paid, cancelled, failed or expired
     * @param queryFailures provider questions that got no usable answer (those purchases stay pending)
     */
    record Result(int examined, int settled, int queryFailures) {}
}

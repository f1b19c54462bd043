package io.chatnation.ports.shared.out;

import io.chatnation.domain.shared.OrgId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Work handed from a request to the workers. A job is enqueued inside the transaction of the change that calls for
 * it (an outbox), so it exists exactly when that change committed. Delivery is at-least-once: a claimed job that is
 * neither completed nor rescheduled before its lease ends (or, on a message broker, before its consumer's connection
 * ends) is claimed again, so handlers must be idempotent and complete a job only once its work has committed. Jobs
 * sharing an ordering key run one at a time, oldest first.
 */
public interface JobQueue {

    /** Adds a job to the current organisation's queue, in the caller's transaction. */
    void enqueue(NewJob job);

    /** Adds several jobs to the current organisation's queue, in the caller's transaction, in their order. */
    default void enqueueAll(List<NewJob> jobs) {
        jobs.forEach(this::enqueue);
    }

    /** Leases up to {@code max} ready jobs of {@code queue}, across organisations; call outside any organisation. */
    List<ClaimedJob> claim(String queue, int max, Duration lease);

    /** The job is done: removed, in the caller's transaction (bound to the job's organisation). */
    void complete(ClaimedJob job);

    /** Several jobs of the caller's organisation are done, in the caller's transaction. */
    default void completeAll(List<ClaimedJob> jobs) {
        jobs.forEach(this::complete);
    }

    /**
     * The job failed: it runs again after {@code delay}, or, once it has had {@code maxAttempts}, is set aside as dead
     * (kept for inspection) so that later jobs of its ordering key are not held up for ever.
     */
    void retryLater(ClaimedJob job, Duration delay, int maxAttempts, String reason);

    record NewJob(String queue, String orderingKey, Map<String, String> payload) {
        public NewJob {
            Objects.requireNonNull(queue, "queue");
            Objects.requireNonNull(orderingKey, "orderingKey");
            payload = Map.copyOf(payload);
        }
    }

    record ClaimedJob(long id, OrgId org, String orderingKey, Map<String, String> payload, int attempt) {
        public ClaimedJob {
            Objects.requireNonNull(org, "org");
            payload = Map.copyOf(payload);
        }

        public String get(String key) {
            String value = payload.get(key);
            if (value == null) {
                throw new IllegalStateException("job " + id + " has no " + key);
            }
            return value;
        }
    }
}

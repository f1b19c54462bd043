package io.chatnation.adapter.messaging.rabbitmq;

import io.chatnation.ports.shared.out.JobQueue;
import io.chatnation.ports.shared.out.JobQueue.ClaimedJob;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Duration;
import java.util.List;

/**
 * Moves committed jobs from the PostgreSQL outbox to RabbitMQ. A batch is leased from the outbox, published and
 * confirmed, and only then deleted; a relay that dies in between leaves the rows to be leased and published again
 * once the lease ends (a duplicate, never a loss). The outbox hands out only the oldest job of each ordering key, and
 * the next one only after it is deleted, so a sender's jobs reach their shard queue in the order they were stored,
 * even with several relays.
 */
public final class OutboxRelay {

    /** Ample for a publish confirm; a relay that has not finished by then is taken for dead. */
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final UnitOfWork uow;
    private final JobQueue outbox;
    private final RabbitMqJobQueue broker;

    public OutboxRelay(UnitOfWork uow, JobQueue outbox, RabbitMqJobQueue broker) {
        this.uow = uow;
        this.outbox = outbox;
        this.broker = broker;
    }

    /** Relays up to {@code max} jobs of {@code queue}; returns how many. */
    public int relayReady(String queue, int max) {
        List<ClaimedJob> jobs = uow.withoutOrganization(() -> outbox.claim(queue, max, LEASE));
        if (jobs.isEmpty()) {
            return 0;
        }
        broker.publish(queue, jobs);
        for (ClaimedJob job : jobs) {
            uow.runInOrganization(job.org(), () -> outbox.complete(job));
        }
        return jobs.size();
    }
}

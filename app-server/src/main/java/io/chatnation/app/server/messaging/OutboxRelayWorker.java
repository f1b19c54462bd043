package io.chatnation.app.server.messaging;

import io.chatnation.adapter.messaging.rabbitmq.OutboxRelay;
import io.chatnation.ports.messaging.in.ProcessInboundJobs;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With RabbitMQ as the job queue, moves committed jobs from the PostgreSQL outbox to the broker: batch after batch
 * while there are any, otherwise again after the poll interval. One thread suffices (a batch is one confirm round
 * trip); several servers may each run one, the outbox's leases keep them apart. Starts with the HTTP server, like
 * {@link InboundWorker}, so the CLI never relays.
 */
@Singleton
@Requires(property = "chatnation.jobs.queue", value = "rabbitmq")
@Requires(property = "chatnation.messaging.worker.enabled", notEquals = "false")
public class OutboxRelayWorker {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelayWorker.class);

    private final PollingLoop loop;

    public OutboxRelayWorker(OutboxRelay relay, @Value("${chatnation.rabbitmq.relay.batch:100}") int batch,
                             @Value("${chatnation.messaging.worker.poll-interval:100ms}") Duration pollInterval,
                             WorkArrived work) {
        // A failed batch stays in the outbox and is relayed again once its lease ends.
        this.loop = new PollingLoop("outbox-relay", 1, pollInterval, work, () -> {
            int relayed = relay.relayReady(ProcessInboundJobs.QUEUE, batch);
            if (relayed > 0) {
                // The workers take jobs from the broker now: tell them rather than let them wait for their next poll.
                work.ring();
            }
            return relayed;
        }, LOG, "Relaying jobs to RabbitMQ failed; trying again after the poll interval");
    }

    @EventListener
    void start(ServerStartupEvent started) {
        loop.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        loop.stop();
    }
}

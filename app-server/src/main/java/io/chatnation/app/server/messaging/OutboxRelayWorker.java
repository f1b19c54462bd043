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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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

    private final OutboxRelay relay;
    private final int batch;
    private final Duration pollInterval;
    private ExecutorService executor;

    public OutboxRelayWorker(OutboxRelay relay, @Value("${chatnation.rabbitmq.relay.batch:100}") int batch,
                             @Value("${chatnation.messaging.worker.poll-interval:100ms}") Duration pollInterval) {
        this.relay = relay;
        this.batch = batch;
        this.pollInterval = pollInterval;
    }

    @EventListener
    synchronized void start(ServerStartupEvent started) {
        executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        executor.execute(this::relayUntilStopped);
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void relayUntilStopped() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (relay.relayReady(ProcessInboundJobs.QUEUE, batch) == 0) {
                    Thread.sleep(pollInterval.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                // The rows stay in the outbox and are relayed again once their lease ends.
                LOG.error("Relaying jobs to RabbitMQ failed; trying again after the poll interval", e);
                try {
                    Thread.sleep(pollInterval.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}

package io.chatnation.app.server.messaging;

import io.chatnation.ports.messaging.in.ProcessInboundJobs;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the inbound job queue: while jobs are ready it takes batch after batch; once the queue is idle it looks
 * again after the poll interval. Several servers may run it side by side: the queue hands each job to one of them.
 */
@Singleton
@Requires(property = "chatnation.messaging.worker.enabled", notEquals = "false")
public class InboundWorker {

    private static final Logger LOG = LoggerFactory.getLogger(InboundWorker.class);

    private final ProcessInboundJobs jobs;
    private final int batch;

    public InboundWorker(ProcessInboundJobs jobs, @Value("${chatnation.messaging.worker.batch:20}") int batch) {
        this.jobs = jobs;
        this.batch = batch;
    }

    @Scheduled(fixedDelay = "${chatnation.messaging.worker.poll-interval:100ms}", initialDelay = "1s")
    public void drain() {
        try {
            while (jobs.processReady(batch) > 0) {
                // keep going: more may be ready
            }
        } catch (RuntimeException e) {
            LOG.error("Processing inbound jobs failed; trying again at the next poll", e);
        }
    }
}

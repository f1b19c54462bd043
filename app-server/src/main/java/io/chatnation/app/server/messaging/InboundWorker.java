package io.chatnation.app.server.messaging;

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
 * Drains the inbound job queue with a few threads: while jobs are ready each takes batch after batch; an idle one
 * looks again after the poll interval. The queue never hands two jobs of one sender out at once, so the threads (and
 * other servers running the same worker) keep each person's messages in order without coordinating. It starts with
 * the HTTP server, so the CLI and other contexts that share the server's beans never take jobs.
 */
@Singleton
@Requires(property = "chatnation.messaging.worker.enabled", notEquals = "false")
public class InboundWorker {

    private static final Logger LOG = LoggerFactory.getLogger(InboundWorker.class);

    private final PollingLoop loop;

    public InboundWorker(ProcessInboundJobs jobs, @Value("${chatnation.messaging.worker.batch:20}") int batch,
                         @Value("${chatnation.messaging.worker.threads:8}") int threads,
                         @Value("${chatnation.messaging.worker.poll-interval:100ms}") Duration pollInterval,
                         WorkArrived work) {
        this.loop = new PollingLoop("inbound-worker", threads, pollInterval, work, () -> jobs.processReady(batch), LOG,
                "Processing inbound jobs failed; trying again after the poll interval");
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

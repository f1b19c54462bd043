package io.chatnation.app.server.messaging;

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
import java.util.concurrent.atomic.AtomicInteger;
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

    private final ProcessInboundJobs jobs;
    private final int batch;
    private final int threads;
    private final Duration pollInterval;
    private ExecutorService executor;

    public InboundWorker(ProcessInboundJobs jobs, @Value("${chatnation.messaging.worker.batch:20}") int batch,
                         @Value("${chatnation.messaging.worker.threads:4}") int threads,
                         @Value("${chatnation.messaging.worker.poll-interval:100ms}") Duration pollInterval) {
        this.jobs = jobs;
        this.batch = batch;
        this.threads = threads;
        this.pollInterval = pollInterval;
    }

    @EventListener
    synchronized void start(ServerStartupEvent started) {
        AtomicInteger number = new AtomicInteger();
        executor = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "inbound-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < threads; i++) {
            executor.execute(this::drainUntilStopped);
        }
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void drainUntilStopped() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (jobs.processReady(batch) == 0) {
                    Thread.sleep(pollInterval.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                LOG.error("Processing inbound jobs failed; trying again after the poll interval", e);
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

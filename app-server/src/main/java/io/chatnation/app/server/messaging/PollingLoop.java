package io.chatnation.app.server.messaging;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.slf4j.Logger;

/**
 * Background threads that repeat one step: straight again while the step found work; when it found none, again
 * once {@link WorkArrived} rings or the poll interval passes; after the poll interval when it failed (a failure is
 * logged, never ends the loop). Stopped by interruption.
 */
final class PollingLoop {

    private final String name;
    private final int threads;
    private final Duration pollInterval;
    private final IntSupplier step;
    private final WorkArrived.Bell bell;
    private final Logger log;
    private final String failure;
    private ExecutorService executor;

    /** @param step does one batch of work and returns how much it did; {@code failure} is logged when it throws */
    PollingLoop(String name, int threads, Duration pollInterval, WorkArrived work, IntSupplier step, Logger log,
                String failure) {
        this.name = name;
        this.threads = threads;
        this.pollInterval = pollInterval;
        this.step = step;
        this.bell = work.bell();
        this.log = log;
        this.failure = failure;
    }

    synchronized void start() {
        AtomicInteger number = new AtomicInteger();
        executor = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < threads; i++) {
            executor.execute(this::runUntilStopped);
        }
    }

    synchronized void stop() throws InterruptedException {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void runUntilStopped() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (step.getAsInt() == 0) {
                    bell.await(pollInterval);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                log.error(failure, e);
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

package io.chatnation.app.server.messaging;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the idle polling loops of this process as soon as work was committed here, so that a webhook's message is
 * routed within milliseconds instead of at the next poll. Work committed elsewhere (another server, the CLI) is
 * still found by polling. A loop holds at most one pending wake-up: one ring wakes one idle thread, which claims a
 * whole batch.
 */
@Singleton
public class WorkArrived {

    private final List<Semaphore> loops = new CopyOnWriteArrayList<>();

    /** A loop's own bell; {@link #ring()} rings all of them. */
    Bell bell() {
        Semaphore semaphore = new Semaphore(0);
        loops.add(semaphore);
        return new Bell(semaphore);
    }

    public void ring() {
        for (Semaphore loop : loops) {
            if (loop.availablePermits() == 0) {
                loop.release();
            }
        }
    }

    /** What one loop waits on between polls. */
    static final class Bell {
        private final Semaphore semaphore;

        private Bell(Semaphore semaphore) {
            this.semaphore = semaphore;
        }

        /** Waits until work arrives or {@code atMost} passes, whichever is first. */
        void await(Duration atMost) throws InterruptedException {
            semaphore.tryAcquire(atMost.toNanos(), TimeUnit.NANOSECONDS);
        }
    }
}

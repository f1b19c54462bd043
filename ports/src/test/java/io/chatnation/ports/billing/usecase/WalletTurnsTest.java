package io.chatnation.ports.billing.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.shared.OrgId;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WalletTurnsTest {

    final OrgId org = new OrgId(UUID.randomUUID());

    @Test
    void no_more_than_the_permitted_number_of_callers_of_one_organisation_run_at_once() throws Exception {
        WalletTurns turns = new WalletTurns(2, 16, Duration.ofSeconds(10));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CompletableFuture<?>[] callers = new CompletableFuture<?>[8];
        for (int i = 0; i < callers.length; i++) {
            callers[i] = CompletableFuture.runAsync(() -> turns.take(org, () -> {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                sleep(20);
                return inside.decrementAndGet();
            }));
        }
        CompletableFuture.allOf(callers).get(10, TimeUnit.SECONDS);
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void a_caller_that_waited_its_patience_goes_ahead_rather_than_wait_for_ever() throws Exception {
        WalletTurns turns = new WalletTurns(1, 16, Duration.ofMillis(50));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<?> holder = CompletableFuture.runAsync(() -> turns.take(org, () -> {
            holding.countDown();
            await(release);
            return null;
        }));
        holding.await();
        long started = System.nanoTime();
        assertThat(turns.take(org, () -> "done anyway")).isEqualTo("done anyway");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(45));
        release.countDown();
        holder.get(5, TimeUnit.SECONDS);
        assertThat(turns.take(org, () -> "and the turn was given back")).isEqualTo("and the turn was given back");
    }

    @Test
    void a_failing_caller_gives_its_turn_back() {
        WalletTurns turns = new WalletTurns(1, 16, Duration.ofSeconds(5));
        for (int i = 0; i < 3; i++) {
            try {
                turns.take(org, () -> {
                    throw new IllegalStateException("refused");
                });
            } catch (IllegalStateException expected) {
                // the next take must not wait for the permit this one held
            }
        }
        long started = System.nanoTime();
        turns.take(org, () -> null);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

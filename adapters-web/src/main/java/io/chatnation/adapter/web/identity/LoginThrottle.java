package io.chatnation.adapter.web.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.chatnation.adapter.web.shared.TooManyRequests;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;

/**
 * Slows password guessing: at most 5 sign-in attempts a minute from one IP address and 5 a minute
 * against one account, whichever runs out first. In-process buckets (Bucket4j); idle ones expire.
 */
@Singleton
public final class LoginThrottle {

    static final int ATTEMPTS_PER_MINUTE = 5;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    public void attempt(String ipAddress, String account) {
        take("ip:" + ipAddress, "Too many sign-in attempts from this address; try again shortly");
        if (account != null && !account.isBlank()) {
            take("account:" + account.trim().toLowerCase(Locale.ROOT), "Too many sign-in attempts for this account; try again shortly");
        }
    }

    private void take(String key, String message) {
        ConsumptionProbe probe = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(ATTEMPTS_PER_MINUTE)
                        .refillIntervally(ATTEMPTS_PER_MINUTE, Duration.ofMinutes(1)).build())
                .build()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequests(message, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }
}

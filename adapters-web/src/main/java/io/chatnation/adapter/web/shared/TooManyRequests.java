package io.chatnation.adapter.web.shared;

import java.time.Duration;

/** A rate limit was hit; the caller may try again after {@link #retryAfter()}. */
public final class TooManyRequests extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequests(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

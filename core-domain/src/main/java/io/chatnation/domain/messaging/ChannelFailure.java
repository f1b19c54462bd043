package io.chatnation.domain.messaging;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a provider did not take a request, classified so the caller knows what to do: retry later (a rate limit, an
 * outage, a timeout), give up on this message (a number not on WhatsApp, a closed service window), and whether the
 * organisation itself must act (its access token no longer works).
 */
public record ChannelFailure(Retry retry, String code, String reason, Optional<Alert> alert) {

    public ChannelFailure {
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(code, "code");
        reason = reason == null || reason.isBlank() ? "Error " + code : reason;
        Objects.requireNonNull(alert, "alert");
    }

    public static ChannelFailure retryable(String code, String reason) {
        return new ChannelFailure(Retry.RETRYABLE, code, reason, Optional.empty());
    }

    public static ChannelFailure permanent(String code, String reason) {
        return new ChannelFailure(Retry.PERMANENT, code, reason, Optional.empty());
    }

    public ChannelFailure alerting(Alert alert) {
        return new ChannelFailure(retry, code, reason, Optional.of(alert));
    }

    public boolean isRetryable() {
        return retry == Retry.RETRYABLE;
    }

    public enum Retry {
        /** The same request may succeed later: back off and try again. */
        RETRYABLE,
        /** Sending the same request again will fail the same way. */
        PERMANENT
    }

    /** A failure no retry fixes and no single message causes: the organisation has to be told. */
    public enum Alert {
        /** The provider refused the access token (expired, revoked): every send on this number fails until it is replaced. */
        ACCESS_TOKEN_INVALID
    }
}

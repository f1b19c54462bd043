package io.chatnation.adapter.whatsapp.twilio;

import io.chatnation.domain.messaging.ChannelFailure;
import java.util.Optional;
import java.util.Set;

/**
 * Decides on a Twilio error code whether a send may succeed later. Twilio answers errors as
 * {@code {"code":21211,"message":…,"status":400}}; without a code the HTTP status decides (429 and 5xx are transient).
 */
final class TwilioErrorClassifier {

    /** Too many requests, and Twilio's queue being full: the same request succeeds once the rate drops. */
    static final Set<Integer> RETRYABLE = Set.of(20429, 20500, 20503, 30001, 63018);

    /** The auth token or account SID no longer works: every send on the number fails until the organisation acts. */
    static final int AUTHENTICATION_FAILED = 20003;

    private TwilioErrorClassifier() {}

    static ChannelFailure classify(int httpStatus, Optional<Integer> code, String message) {
        if (code.isEmpty()) {
            if (httpStatus == 401) {
                return ChannelFailure.permanent(Integer.toString(AUTHENTICATION_FAILED), message)
                        .alerting(ChannelFailure.Alert.ACCESS_TOKEN_INVALID);
            }
            return transientStatus(httpStatus) ? ChannelFailure.retryable("http_" + httpStatus, message)
                    : ChannelFailure.permanent("http_" + httpStatus, message);
        }
        int value = code.get();
        if (value == AUTHENTICATION_FAILED) {
            return ChannelFailure.permanent(Integer.toString(value), message)
                    .alerting(ChannelFailure.Alert.ACCESS_TOKEN_INVALID);
        }
        if (RETRYABLE.contains(value) || transientStatus(httpStatus)) {
            return ChannelFailure.retryable(Integer.toString(value), message);
        }
        // 21211 invalid To, 21408 region not enabled, 21610 unsubscribed, 63016 outside the 24-hour window, and any
        // other request error: sending the same request again fails the same way.
        return ChannelFailure.permanent(Integer.toString(value), message);
    }

    private static boolean transientStatus(int httpStatus) {
        return httpStatus == 429 || httpStatus >= 500;
    }
}

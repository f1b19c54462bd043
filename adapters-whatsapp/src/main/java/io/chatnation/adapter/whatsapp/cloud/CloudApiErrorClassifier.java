package io.chatnation.adapter.whatsapp.cloud;

import io.chatnation.domain.messaging.ChannelFailure;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, from a Cloud API error, whether sending again can help. Meta asks integrators to decide on the numeric
 * {@code code}, not the message text. Codes not listed fall back on the HTTP status: a server error or 429 is worth a
 * retry, any other client error is not.
 */
final class CloudApiErrorClassifier {

    /** Limits and outages that pass: back off and try again. */
    static final Set<Integer> RETRYABLE = Set.of(
            1,       // API unknown: a transient fault on Meta's side
            2,       // API service: temporarily unavailable
            4,       // application request limit reached
            80007,   // WhatsApp Business Account rate limit
            130429,  // throughput of the phone number exceeded
            131000,  // something went wrong (Meta's generic, transient)
            131016,  // service unavailable
            131048,  // spam rate limit: the number is throttled for a while
            131056,  // pair rate limit: too many messages to the same user just now
            133004); // server temporarily unavailable

    /** Meta's "invalid OAuth access token": expired or revoked. */
    static final int ACCESS_TOKEN_INVALID = 190;

    /** Refusals that the same request will meet again; listed so a 5xx status cannot make them look transient. */
    static final Set<Integer> PERMANENT = Set.of(
            0, 3, 10, 100, 200, ACCESS_TOKEN_INVALID,
            368,     // temporarily blocked for policy violations: retrying does not lift it
            131008,  // required parameter missing
            131009,  // parameter value invalid
            131021,  // sender and recipient are the same number
            131026,  // undeliverable: not on WhatsApp, old client, terms not accepted
            131030,  // recipient not on the allowed list (test numbers)
            131031,  // business account locked
            131042,  // payment problem on the business account
            131045,  // phone number not registered
            131047,  // outside the 24-hour customer-service window: send a template
            131049,  // held back to keep ecosystem engagement healthy: not again soon
            131051,  // unsupported message type
            131052,  // media download error
            131053,  // media upload error
            132000, 132001, 132005, 132007, 132012, 132015, 132016); // template parameters, missing, paused, disabled

    private CloudApiErrorClassifier() {}

    static ChannelFailure classify(int httpStatus, Optional<Integer> code, String message) {
        if (code.isEmpty()) {
            String status = "http_" + httpStatus;
            if (httpStatus == 401) {
                return ChannelFailure.permanent(status, message).alerting(ChannelFailure.Alert.ACCESS_TOKEN_INVALID);
            }
            return transientStatus(httpStatus) ? ChannelFailure.retryable(status, message)
                    : ChannelFailure.permanent(status, message);
        }
        int value = code.get();
        String name = String.valueOf(value);
        if (value == ACCESS_TOKEN_INVALID) {
            return ChannelFailure.permanent(name, message).alerting(ChannelFailure.Alert.ACCESS_TOKEN_INVALID);
        }
        if (RETRYABLE.contains(value)) {
            return ChannelFailure.retryable(name, message);
        }
        if (PERMANENT.contains(value)) {
            return ChannelFailure.permanent(name, message);
        }
        return transientStatus(httpStatus) ? ChannelFailure.retryable(name, message)
                : ChannelFailure.permanent(name, message);
    }

    private static boolean transientStatus(int httpStatus) {
        return httpStatus >= 500 || httpStatus == 429 || httpStatus == 408;
    }
}

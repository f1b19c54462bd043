package io.chatnation.domain.shared;

import java.util.Optional;

/** Where a request came from, recorded in the audit trail. Empty for system work and the CLI. */
public record RequestOrigin(Optional<String> ipAddress, Optional<String> userAgent) {

    private static final int MAX_USER_AGENT = 512;

    public RequestOrigin {
        ipAddress = ipAddress == null ? Optional.empty() : ipAddress;
        userAgent = userAgent == null ? Optional.empty()
                : userAgent.map(RequestOrigin::shortened);
    }

    /** Cut by code points, so a truncated user agent never ends in half a surrogate pair (invalid in JSON and SQL). */
    private static String shortened(String userAgent) {
        if (userAgent.codePointCount(0, userAgent.length()) <= MAX_USER_AGENT) {
            return userAgent;
        }
        return userAgent.substring(0, userAgent.offsetByCodePoints(0, MAX_USER_AGENT));
    }

    public static RequestOrigin none() {
        return new RequestOrigin(Optional.empty(), Optional.empty());
    }

    public static RequestOrigin of(String ip, String userAgent) {
        return new RequestOrigin(Optional.ofNullable(ip), Optional.ofNullable(userAgent));
    }
}

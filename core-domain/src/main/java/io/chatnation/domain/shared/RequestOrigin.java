package io.chatnation.domain.shared;

import java.util.Optional;

/** Where a request came from, recorded in the audit trail. Empty for system work and the CLI. */
public record RequestOrigin(Optional<String> ipAddress, Optional<String> userAgent) {

    private static final int MAX_USER_AGENT = 512;

    public RequestOrigin {
        ipAddress = ipAddress == null ? Optional.empty() : ipAddress;
        userAgent = userAgent == null ? Optional.empty()
                : userAgent.map(ua -> ua.length() > MAX_USER_AGENT ? ua.substring(0, MAX_USER_AGENT) : ua);
    }

    public static RequestOrigin none() {
        return new RequestOrigin(Optional.empty(), Optional.empty());
    }

    public static RequestOrigin of(String ip, String userAgent) {
        return new RequestOrigin(Optional.ofNullable(ip), Optional.ofNullable(userAgent));
    }
}

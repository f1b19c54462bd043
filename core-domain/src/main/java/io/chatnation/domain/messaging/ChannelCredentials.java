package io.chatnation.domain.messaging;

import java.util.Objects;

/**
 * The secrets of a Cloud API channel account: the token to send with, the app secret that signs webhooks, and the
 * verify token of the subscription handshake. Stored encrypted, never shown again once given.
 */
public record ChannelCredentials(ChannelSecret accessToken, ChannelSecret appSecret, ChannelSecret verifyToken) {

    public ChannelCredentials {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(appSecret, "appSecret");
        Objects.requireNonNull(verifyToken, "verifyToken");
    }
}

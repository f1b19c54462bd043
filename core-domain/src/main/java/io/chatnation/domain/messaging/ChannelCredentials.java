package io.chatnation.domain.messaging;

import java.util.Objects;
import java.util.Optional;

/**
 * What a channel account needs to send and to prove its webhooks genuine, in the shape its provider defines. The
 * secrets are stored encrypted and never shown again once given.
 */
public sealed interface ChannelCredentials {

    ChannelProvider provider();

    /** The secret a provider signs its webhooks with; the sandbox takes no webhooks from outside and has none. */
    Optional<ChannelSecret> webhookSigningSecret();

    /** A Cloud API number: the token to send with, the app secret that signs webhooks, the handshake's verify token. */
    record CloudApi(ChannelSecret accessToken, ChannelSecret appSecret, ChannelSecret verifyToken)
            implements ChannelCredentials {
        public CloudApi {
            Objects.requireNonNull(accessToken, "accessToken");
            Objects.requireNonNull(appSecret, "appSecret");
            Objects.requireNonNull(verifyToken, "verifyToken");
        }

        public ChannelProvider provider() {
            return ChannelProvider.WHATSAPP_CLOUD;
        }

        public Optional<ChannelSecret> webhookSigningSecret() {
            return Optional.of(appSecret);
        }
    }

    /**
     * A Twilio sender: the account SID (not a secret: it names the account in every URL) and the auth token, which
     * both authenticates our API calls and signs Twilio's webhooks.
     */
    record Twilio(TwilioAccountSid accountSid, ChannelSecret authToken) implements ChannelCredentials {
        public Twilio {
            Objects.requireNonNull(accountSid, "accountSid");
            Objects.requireNonNull(authToken, "authToken");
        }

        public ChannelProvider provider() {
            return ChannelProvider.TWILIO;
        }

        public Optional<ChannelSecret> webhookSigningSecret() {
            return Optional.of(authToken);
        }
    }

    /** The sandbox's simulated number: nothing to keep secret. */
    record Sandbox() implements ChannelCredentials {
        public ChannelProvider provider() {
            return ChannelProvider.SANDBOX;
        }

        public Optional<ChannelSecret> webhookSigningSecret() {
            return Optional.empty();
        }
    }
}

package io.chatnation.adapter.whatsapp.twilio;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.ports.messaging.out.ChannelConnector;
import io.chatnation.ports.messaging.out.MediaDownloaders;
import io.chatnation.ports.messaging.out.MediaDownloads;
import io.chatnation.ports.messaging.out.MessageChannel;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens a {@link TwilioChannel} for a Twilio sender, and the downloads of its inbound media: one shared HTTP client,
 * each account with its own credentials.
 */
public final class TwilioChannels implements ChannelConnector, MediaDownloaders {

    /** The largest media WhatsApp carries (a document); the media rules apply each kind's own limit per download. */
    private static final long MAX_MEDIA_BYTES = 100L * 1024 * 1024;

    private final URI baseUri;
    private final Duration requestTimeout;
    private final HttpClient http;

    public TwilioChannels(URI baseUri, Duration requestTimeout, HttpClient http) {
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.http = Objects.requireNonNull(http, "http");
    }

    @Override
    public MessageChannel connect(ChannelAccount account, ChannelCredentials credentials) {
        if (account.provider() != ChannelProvider.TWILIO || !(credentials instanceof ChannelCredentials.Twilio twilio)) {
            throw new IllegalArgumentException("not a Twilio account: " + account.provider().code());
        }
        return new TwilioChannel(new TwilioApi(baseUri, twilio.accountSid(), twilio.authToken(), requestTimeout, http),
                account.phoneNumberId());
    }

    @Override
    public Optional<MediaDownloads> forAccount(ChannelAccount account, ChannelCredentials credentials) {
        if (account.provider() != ChannelProvider.TWILIO || !(credentials instanceof ChannelCredentials.Twilio twilio)) {
            return Optional.empty();
        }
        return Optional.of(mediaDownloads(twilio, MAX_MEDIA_BYTES));
    }

    /** Fetches the media of this account's inbound messages (their MediaUrl), at most {@code maxBytes} each. */
    public TwilioMediaDownloads mediaDownloads(ChannelCredentials.Twilio credentials, long maxBytes) {
        return new TwilioMediaDownloads(baseUri, new TwilioApi(baseUri, credentials.accountSid(),
                credentials.authToken(), requestTimeout, http), requestTimeout, http, maxBytes);
    }
}

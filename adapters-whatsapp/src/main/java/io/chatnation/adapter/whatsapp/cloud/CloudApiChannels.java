package io.chatnation.adapter.whatsapp.cloud;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.ports.messaging.out.ChannelConnector;
import io.chatnation.ports.messaging.out.MessageChannel;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * Opens a {@link CloudApiChannel} for a Cloud API account: every account shares one HTTP client (its connection
 * pool) and the configured Graph API base, and sends with its own number id and access token.
 */
public final class CloudApiChannels implements ChannelConnector {

    private final URI baseUri;
    private final String apiVersion;
    private final Duration requestTimeout;
    private final HttpClient http;

    public CloudApiChannels(URI baseUri, String apiVersion, Duration requestTimeout, HttpClient http) {
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.http = Objects.requireNonNull(http, "http");
    }

    @Override
    public MessageChannel connect(ChannelAccount account, ChannelCredentials credentials) {
        CloudApiSettings settings = CloudApiSettings.forAccount(baseUri, apiVersion, requestTimeout, account, credentials)
                .orElseThrow(() -> new IllegalArgumentException("not a Cloud API account: " + account.provider().code()));
        return new CloudApiChannel(settings, http);
    }
}

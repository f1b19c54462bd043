package io.chatnation.adapter.whatsapp.cloud;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.ports.messaging.out.MediaDownloaders;
import io.chatnation.ports.messaging.out.MediaDownloads;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens {@link CloudApiMediaDownloads} for a Cloud API account, sharing one HTTP client and the configured Graph API
 * base as {@link CloudApiChannels} does. Downloads get a longer timeout than sends: a 100 MB document takes a while.
 */
public final class CloudApiMediaDownloaders implements MediaDownloaders {

    private final URI baseUri;
    private final String apiVersion;
    private final Duration downloadTimeout;
    private final HttpClient http;

    public CloudApiMediaDownloaders(URI baseUri, String apiVersion, Duration downloadTimeout, HttpClient http) {
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
        this.downloadTimeout = Objects.requireNonNull(downloadTimeout, "downloadTimeout");
        this.http = Objects.requireNonNull(http, "http");
    }

    @Override
    public Optional<MediaDownloads> forAccount(ChannelAccount account, ChannelCredentials credentials) {
        return CloudApiSettings.forAccount(baseUri, apiVersion, downloadTimeout, account, credentials)
                .map(settings -> new CloudApiMediaDownloads(settings, http));
    }
}

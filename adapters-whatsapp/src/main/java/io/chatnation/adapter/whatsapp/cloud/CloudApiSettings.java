package io.chatnation.adapter.whatsapp.cloud;

import io.chatnation.domain.messaging.BusinessNumberId;
import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.domain.messaging.ChannelSecret;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach the Cloud API for one phone number: the Graph API base ({@code https://graph.facebook.com}, or a fake in
 * tests), the API version, the number's id and the access token, how long to wait for an answer, and the largest media
 * file to download.
 */
public record CloudApiSettings(URI baseUri, String apiVersion, BusinessNumberId phoneNumberId, ChannelSecret accessToken,
                               Duration requestTimeout, long maxMediaBytes) {

    public static final URI GRAPH_API = URI.create("https://graph.facebook.com");
    public static final String DEFAULT_VERSION = "v23.0";
    /** WhatsApp's own ceiling is 100 MB, for documents. */
    public static final long DEFAULT_MAX_MEDIA_BYTES = 100L * 1024 * 1024;
    private static final Pattern VERSION = Pattern.compile("^v[0-9]+\\.[0-9]+$");

    public CloudApiSettings {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (apiVersion == null || !VERSION.matcher(apiVersion).matches()) {
            throw new IllegalArgumentException("apiVersion must look like v23.0");
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive");
        }
        if (maxMediaBytes <= 0) {
            throw new IllegalArgumentException("maxMediaBytes must be positive");
        }
        String base = baseUri.toString();
        baseUri = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    /**
     * The settings of a connected account's number, reached at the configured Graph API base; empty for an account of
     * another provider.
     */
    static Optional<CloudApiSettings> forAccount(URI baseUri, String apiVersion, Duration requestTimeout,
                                                 ChannelAccount account, ChannelCredentials credentials) {
        if (account.provider() != ChannelProvider.WHATSAPP_CLOUD
                || !(credentials instanceof ChannelCredentials.CloudApi cloud)) {
            return Optional.empty();
        }
        return Optional.of(new CloudApiSettings(baseUri, apiVersion, account.phoneNumberId(), cloud.accessToken(),
                requestTimeout, DEFAULT_MAX_MEDIA_BYTES));
    }

    public static CloudApiSettings forNumber(BusinessNumberId phoneNumberId, ChannelSecret accessToken) {
        return new CloudApiSettings(GRAPH_API, DEFAULT_VERSION, phoneNumberId, accessToken, Duration.ofSeconds(10),
                DEFAULT_MAX_MEDIA_BYTES);
    }

    public CloudApiSettings withBaseUri(URI uri) {
        return new CloudApiSettings(uri, apiVersion, phoneNumberId, accessToken, requestTimeout, maxMediaBytes);
    }

    public CloudApiSettings withRequestTimeout(Duration timeout) {
        return new CloudApiSettings(baseUri, apiVersion, phoneNumberId, accessToken, timeout, maxMediaBytes);
    }

    public CloudApiSettings withMaxMediaBytes(long bytes) {
        return new CloudApiSettings(baseUri, apiVersion, phoneNumberId, accessToken, requestTimeout, bytes);
    }

    URI graphPath(String path) {
        return URI.create(baseUri + "/" + apiVersion + "/" + path);
    }
}

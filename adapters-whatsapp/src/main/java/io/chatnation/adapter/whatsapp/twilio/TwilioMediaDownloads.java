package io.chatnation.adapter.whatsapp.twilio;

import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.domain.messaging.MediaId;
import io.chatnation.ports.messaging.out.MediaDownloads;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Fetches the media of a Twilio inbound message: its id is the {@code MediaUrl} of the webhook, fetched with the
 * account's basic auth. Twilio answers with a redirect to short-lived storage, which is followed without the
 * credentials: they are sent to Twilio's API host only, so a forged URL cannot collect them.
 */
public final class TwilioMediaDownloads implements MediaDownloads {

    private static final int MAX_REDIRECTS = 3;

    private final URI apiBase;
    private final TwilioApi api;
    private final Duration timeout;
    private final HttpClient http;
    private final long maxBytes;

    TwilioMediaDownloads(URI apiBase, TwilioApi api, Duration timeout, HttpClient http, long maxBytes) {
        this.apiBase = Objects.requireNonNull(apiBase, "apiBase");
        this.api = api;
        this.timeout = timeout;
        this.http = http;
        this.maxBytes = maxBytes;
    }

    /** Stops reading at the smaller of the two limits, rather than checking the size after the whole download. */
    @Override
    public Download download(MediaId media, long limitBytes) {
        return limitBytes >= maxBytes ? download(media)
                : new TwilioMediaDownloads(apiBase, api, timeout, http, limitBytes).download(media);
    }

    @Override
    public Download download(MediaId media) {
        URI uri;
        try {
            uri = URI.create(media.value());
        } catch (IllegalArgumentException e) {
            return new Failed(ChannelFailure.permanent("twilio.media_url", "The media id is not a Twilio media URL"));
        }
        if (!sameOrigin(uri, apiBase)) {
            return new Failed(ChannelFailure.permanent("twilio.media_url",
                    "The media URL is not on Twilio's API host " + apiBase.getHost()));
        }
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET();
                if (sameOrigin(uri, apiBase)) {
                    request.header("Authorization", api.basicAuth());
                }
                HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status / 100 == 3 && response.headers().firstValue("Location").isPresent()) {
                    response.body().close();
                    uri = uri.resolve(response.headers().firstValue("Location").get());
                    continue;
                }
                if (status / 100 != 2) {
                    response.body().close();
                    return new Failed(TwilioErrorClassifier.classify(status, java.util.Optional.empty(),
                            "Twilio answered HTTP " + status + " for the media"));
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    response.body().close();
                    return new TooLarge(maxBytes);
                }
                String mime = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
                return read(response.body(), mime);
            }
            return new Failed(ChannelFailure.permanent("twilio.media_redirects", "Too many redirects for the media"));
        } catch (HttpTimeoutException e) {
            return new Failed(ChannelFailure.retryable("timeout", "Twilio did not send the media in time"));
        } catch (IOException e) {
            return new Failed(ChannelFailure.retryable("unreachable", "The media could not be fetched: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed(ChannelFailure.retryable("interrupted", "The media download was interrupted"));
        }
    }

    /** Reads at most one byte past the limit: enough to know the media is too large, never the whole of it. */
    private Download read(InputStream body, String mime) throws IOException {
        try (body) {
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                return new TooLarge(maxBytes);
            }
            return new Downloaded(content, mime.split(";")[0].strip(), sha256(content));
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.chatnation.adapter.whatsapp.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.domain.messaging.MediaId;
import io.chatnation.ports.messaging.out.MediaDownloads;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Fetches inbound media in the Cloud API's two steps: {@code GET /{version}/{media-id}} answers a short-lived URL, then
 * {@code GET url} with the same bearer token returns the bytes. The size limit is checked against the announced size,
 * the {@code Content-Length}, and the bytes actually read, so an oversize file is never held in memory.
 */
public final class CloudApiMediaDownloads implements MediaDownloads {

    private static final int CHUNK = 64 * 1024;

    private final CloudApiSettings settings;
    private final GraphApi graph;

    public CloudApiMediaDownloads(CloudApiSettings settings, HttpClient http) {
        this.settings = settings;
        this.graph = new GraphApi(settings, http);
    }

    @Override
    public Download download(MediaId media) {
        return download(media, settings.maxMediaBytes());
    }

    /** Stops at the smaller of {@code limitBytes} and the configured ceiling, before reading a byte beyond it. */
    @Override
    public Download download(MediaId media, long limitBytes) {
        GraphApi.Answer answer = graph.getJson(URLEncoder.encode(media.value(), StandardCharsets.UTF_8));
        if (answer instanceof GraphApi.Failed failed) {
            return new Failed(failed.failure());
        }
        JsonNode info = ((GraphApi.Ok) answer).body();
        long limit = Math.min(limitBytes, settings.maxMediaBytes());
        if (info.path("file_size").canConvertToLong() && info.path("file_size").asLong() > limit) {
            return new TooLarge(limit);
        }
        URI url;
        try {
            url = URI.create(info.path("url").asText(""));
        } catch (IllegalArgumentException e) {
            url = null;
        }
        String scheme = url == null || url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return new Failed(ChannelFailure.permanent("unreadable_response", "The Cloud API gave no download URL for the media"));
        }
        return fetch(url, info.path("mime_type").asText(""), limit);
    }

    private Download fetch(URI url, String announcedType, long limit) {
        try {
            HttpResponse<InputStream> response = graph.open(url);
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    return new Failed(GraphApi.failure(response.statusCode(), GraphApi.readJson(body.readNBytes(CHUNK))));
                }
                OptionalLong length = response.headers().firstValueAsLong("Content-Length");
                if (length.isPresent() && length.getAsLong() > limit) {
                    return new TooLarge(limit);
                }
                byte[] content = body.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
                if (content.length > limit) {
                    return new TooLarge(limit);
                }
                // The type Meta announced for the media id is the one it validated; the file server's header is a fallback.
                String type = !announcedType.isBlank() ? announcedType
                        : response.headers().firstValue("Content-Type").orElse("application/octet-stream");
                return new Downloaded(content, type, sha256(content));
            }
        } catch (HttpTimeoutException e) {
            return new Failed(GraphApi.timedOut());
        } catch (IOException e) {
            return new Failed(GraphApi.unreachable(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed(ChannelFailure.retryable("interrupted", "Interrupted while downloading media"));
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

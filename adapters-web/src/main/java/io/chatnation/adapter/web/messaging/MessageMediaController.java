package io.chatnation.adapter.web.messaging;

import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.messaging.MediaKind;
import io.chatnation.domain.messaging.MediaRules;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.StoredMedia;
import io.chatnation.domain.shared.Caller;
import io.chatnation.ports.messaging.in.ShowMessageMedia;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The media people sent, as the platform stored it. Only types from the allow-list are ever stored, and only images,
 * audio and video are offered inline; everything else (documents above all) is an attachment, the browser is told not
 * to guess the type, and the response may not run anything even if opened directly.
 */
@Controller("/api/v1/messages")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Messaging: media")
@ProblemDoc.Unauthenticated
@ProblemDoc.Forbidden
public class MessageMediaController {

    private static final Set<String> INLINE_TYPES = Set.of("image/jpeg", "image/png", "image/webp", "audio/aac",
            "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg", "video/mp4", "video/3gpp");

    private final ShowMessageMedia show;

    public MessageMediaController(ShowMessageMedia show) {
        this.show = show;
    }

    @Operation(summary = "The media an inbound message carried, as stored: its bytes with their type, length and "
            + "SHA-256 as the ETag. Media that was refused (too large, a type not accepted) or could not be fetched "
            + "was never stored and is not found.")
    @ApiResponse(responseCode = "200", description = "The stored bytes",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "304", description = "The ETag given in If-None-Match is still current")
    @Get(value = "/{messageId}/media", produces = MediaType.ALL)
    @ProblemDoc.BadRequest
    @ProblemDoc.NotFound
    public HttpResponse<?> media(@Parameter(hidden = true) Caller caller, @PathVariable String messageId,
                                 @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ShowMessageMedia.MediaContent content = show.open(caller, MessageId.of(messageId));
        StoredMedia media = content.media();
        String etag = "\"" + media.sha256().orElseThrow() + "\"";
        if (etag.equals(ifNoneMatch)) {
            close(content);
            return withSafetyHeaders(HttpResponse.status(HttpStatus.NOT_MODIFIED), etag);
        }
        String type = MediaRules.essence(media.mimeType());
        StreamedFile file = new StreamedFile(content.content(), MediaType.of(type), media.recordedAt().toEpochMilli(),
                content.size());
        return withSafetyHeaders(HttpResponse.ok(file), etag)
                .contentType(type)
                .contentLength(content.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(media, type));
    }

    private static <T> io.micronaut.http.MutableHttpResponse<T> withSafetyHeaders(
            io.micronaut.http.MutableHttpResponse<T> response, String etag) {
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox");
    }

    /** RFC 6266: a plain ASCII fallback name and the real one percent-encoded, so no name can break the header. */
    static String disposition(StoredMedia media, String type) {
        boolean inline = media.kind() != MediaKind.DOCUMENT && INLINE_TYPES.contains(type);
        String name = media.filename().map(MessageMediaController::withoutPath)
                .filter(n -> !n.isBlank())
                .orElse(media.kind().wireName() + "-" + media.message().value() + extension(type));
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String withoutPath(String filename) {
        String name = filename.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).strip();
    }

    private static String extension(String type) {
        return switch (type) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            case "audio/mpeg" -> ".mp3";
            case "audio/ogg" -> ".ogg";
            case "audio/aac" -> ".aac";
            case "audio/amr" -> ".amr";
            case "audio/mp4" -> ".m4a";
            case "video/mp4" -> ".mp4";
            case "video/3gpp" -> ".3gp";
            case "application/pdf" -> ".pdf";
            case "text/plain" -> ".txt";
            default -> "";
        };
    }

    private static void close(ShowMessageMedia.MediaContent content) {
        try {
            content.content().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

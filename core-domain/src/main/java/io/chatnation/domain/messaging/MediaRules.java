package io.chatnation.domain.messaging;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which inbound media the platform keeps: a size ceiling and an allow-list of MIME types per kind. The defaults are
 * WhatsApp's own (its "supported media types" table), so anything larger or of another type did not come from a
 * well-behaved client and is recorded, not stored. No allowed type is one a browser would run (HTML, SVG, scripts).
 */
public record MediaRules(Map<MediaKind, Long> maxBytes, Map<MediaKind, Set<String>> allowedTypes) {

    private static final long MB = 1024L * 1024;

    public MediaRules {
        maxBytes = Map.copyOf(maxBytes);
        allowedTypes = Map.copyOf(allowedTypes);
        for (MediaKind kind : MediaKind.values()) {
            Long max = maxBytes.get(kind);
            if (max == null || max <= 0) {
                throw new IllegalArgumentException("a positive size limit is needed for " + kind.wireName());
            }
            if (allowedTypes.getOrDefault(kind, Set.of()).isEmpty()) {
                throw new IllegalArgumentException("at least one allowed type is needed for " + kind.wireName());
            }
        }
    }

    public static MediaRules whatsApp() {
        Map<MediaKind, Long> limits = new EnumMap<>(MediaKind.class);
        limits.put(MediaKind.IMAGE, 5 * MB);
        limits.put(MediaKind.AUDIO, 16 * MB);
        limits.put(MediaKind.VIDEO, 16 * MB);
        limits.put(MediaKind.DOCUMENT, 100 * MB);
        // 100 KB for a static sticker, 500 KB for an animated one: the type alone cannot tell them apart.
        limits.put(MediaKind.STICKER, 500 * 1024L);
        Map<MediaKind, Set<String>> types = new EnumMap<>(MediaKind.class);
        types.put(MediaKind.IMAGE, Set.of("image/jpeg", "image/png"));
        types.put(MediaKind.AUDIO, Set.of("audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg"));
        types.put(MediaKind.VIDEO, Set.of("video/mp4", "video/3gpp"));
        types.put(MediaKind.STICKER, Set.of("image/webp"));
        types.put(MediaKind.DOCUMENT, Set.of("text/plain", "application/pdf", "application/msword",
                "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"));
        return new MediaRules(limits, types);
    }

    /** The same rules with other size ceilings (configuration may lower them, e.g. to save storage). */
    public MediaRules withMaxBytes(Map<MediaKind, Long> overrides) {
        Map<MediaKind, Long> limits = new EnumMap<>(maxBytes);
        limits.putAll(overrides);
        return new MediaRules(limits, allowedTypes);
    }

    public long maxBytes(MediaKind kind) {
        return maxBytes.get(Objects.requireNonNull(kind, "kind"));
    }

    /** Whether {@code mimeType} (parameters such as {@code ; codecs=opus} aside, any case) is allowed for the kind. */
    public boolean allows(MediaKind kind, String mimeType) {
        return allowedTypes.get(Objects.requireNonNull(kind, "kind")).contains(essence(mimeType));
    }

    /** The type and subtype of a MIME type, lower case, without parameters: {@code audio/ogg; codecs=opus} → {@code audio/ogg}. */
    public static String essence(String mimeType) {
        if (mimeType == null) {
            return "";
        }
        int semicolon = mimeType.indexOf(';');
        return (semicolon < 0 ? mimeType : mimeType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}

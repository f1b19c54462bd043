package io.chatnation.domain.messaging;

import java.util.Objects;
import java.util.Optional;

/**
 * A media attachment as announced in a webhook: an id to fetch it by (for a few days), its type and the provider's
 * hash. {@code voice} marks an audio message recorded in the app rather than a shared audio file.
 */
public record InboundMedia(MediaKind kind, MediaId id, String mimeType, Optional<String> sha256,
                           Optional<String> caption, Optional<String> filename, boolean voice) {

    public InboundMedia {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        mimeType = Text.line("mimeType", mimeType, 255);
    }
}

package io.chatnation.domain.messaging;

import java.util.Optional;

/**
 * The click-to-WhatsApp ad or post that opened the conversation, present on the first message after the click. It is
 * kept as received so campaigns can be credited with the lead ({@code ctwaClid} is the click id).
 */
public record AdReferral(Optional<String> sourceUrl, Optional<String> sourceId, Optional<String> sourceType,
                         Optional<String> headline, Optional<String> body, Optional<String> mediaType,
                         Optional<String> imageUrl, Optional<String> videoUrl, Optional<String> thumbnailUrl,
                         Optional<String> ctwaClid) {
}

package io.chatnation.domain.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of the media of one inbound message. Only a {@link MediaFetchStatus#FETCHED} record has a storage key
 * and a hash of ours; the others keep what the webhook announced and why nothing was stored, so an agent sees that
 * something was sent and why it cannot be opened.
 *
 * @param storageKey where the bytes are kept, relative to the object storage's root
 * @param mimeType   the type as the provider stated it (for a rejected type, the type it tried)
 * @param sizeBytes  the size of the stored bytes; empty when nothing was stored
 * @param sha256     lower-case hex SHA-256 of the stored bytes
 * @param detail     why nothing was stored, for an agent to read
 */
public record StoredMedia(MessageId message, MediaKind kind, MediaFetchStatus status, MediaId providerMediaId,
                          String mimeType, Optional<String> storageKey, Optional<Long> sizeBytes,
                          Optional<String> sha256, Optional<String> caption, Optional<String> filename,
                          Optional<String> detail, Instant recordedAt) {

    public StoredMedia {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(providerMediaId, "providerMediaId");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(sizeBytes, "sizeBytes");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if ((status == MediaFetchStatus.FETCHED) != storageKey.isPresent()
                || storageKey.isPresent() != sha256.isPresent() || storageKey.isPresent() != sizeBytes.isPresent()) {
            throw new IllegalArgumentException("fetched media, and only fetched media, has a storage key, size and hash");
        }
    }

    public boolean isStored() {
        return status == MediaFetchStatus.FETCHED;
    }
}

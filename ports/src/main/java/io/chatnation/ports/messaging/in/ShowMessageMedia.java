package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.StoredMedia;
import io.chatnation.domain.shared.Caller;
import java.io.InputStream;
import java.util.Objects;

/**
 * The stored media of one of the organisation's messages, to show an agent: its record and its bytes. A message of
 * another organisation, one without media, and media that was never stored are all {@code NotFound}.
 */
public interface ShowMessageMedia {

    MediaContent open(Caller caller, MessageId message);

    /** The caller reads and closes {@code content}; {@code size} is its exact length. */
    record MediaContent(StoredMedia media, long size, InputStream content) {
        public MediaContent {
            Objects.requireNonNull(media, "media");
            Objects.requireNonNull(content, "content");
        }
    }
}

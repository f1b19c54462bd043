package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.domain.messaging.MediaId;
import java.util.Objects;

/** Fetches the media of an inbound message from the provider that announced it, within a size limit. */
public interface MediaDownloads {

    Download download(MediaId media);

    sealed interface Download {
    }

    /** The media's bytes, its type as the provider states it, and the SHA-256 (lower-case hex) of the bytes received. */
    record Downloaded(byte[] content, String mimeType, String sha256) implements Download {
        public Downloaded {
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(mimeType, "mimeType");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /** The media is larger than the limit: nothing beyond the limit was read. */
    record TooLarge(long limitBytes) implements Download {
    }

    record Failed(ChannelFailure failure) implements Download {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}

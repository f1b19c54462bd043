package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.domain.messaging.MediaId;
import java.util.Objects;

/** Fetches the media of an inbound message from the provider that announced it, within a size limit. */
public interface MediaDownloads {

    /** Downloads within the adapter's own ceiling (WhatsApp's largest, 100 MB for documents). */
    Download download(MediaId media);

    /**
     * Downloads within {@code limitBytes} as well, answering {@link TooLarge} for anything bigger. Adapters that can
     * stop reading at the limit override this; the fallback checks the size once the download is done.
     */
    default Download download(MediaId media, long limitBytes) {
        Download download = download(media);
        if (download instanceof Downloaded done && done.content().length > limitBytes) {
            return new TooLarge(limitBytes);
        }
        return download;
    }

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

package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** Where the provider takes outbound media from: a public link it downloads, or media uploaded to it beforehand. */
public sealed interface MediaSource {

    static MediaSource link(String field, String url) {
        if (url == null || url.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        try {
            return new Link(URI.create(url.strip()));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "is not a valid URL");
        }
    }

    /** The provider fetches the link itself, so it must be an absolute http(s) URL it can reach. */
    record Link(URI url) implements MediaSource {
        public Link {
            Objects.requireNonNull(url, "url");
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!url.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null) {
                throw InvalidInput.of("media.link", "must be an absolute http or https URL");
            }
        }
    }

    record Uploaded(MediaId id) implements MediaSource {
        public Uploaded {
            Objects.requireNonNull(id, "id");
        }
    }
}

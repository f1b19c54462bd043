package io.chatnation.ports.shared.out;

import io.chatnation.domain.shared.OrgId;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Files the platform keeps outside the database (inbound media, rendered cards, reports), by key. A key always begins
 * with the organisation it belongs to, so one organisation's objects can be listed, exported or erased together and
 * no key built for one organisation can name another's object. Writes are atomic: a reader sees an object whole or
 * not at all, however the writer ends.
 */
public interface ObjectStorage {

    /**
     * Stores {@code content} under {@code key} unless an object is already there; false when one was (the content is
     * then left as it is: keys are meant to name their content, as a hash does).
     */
    boolean putIfAbsent(Key key, byte[] content);

    /** The object and its size, to be read and closed by the caller; empty when there is none under the key. */
    Optional<StoredObject> open(Key key);

    boolean exists(Key key);

    /** Removes the object; false when there was none. */
    boolean delete(Key key);

    record StoredObject(long size, InputStream content) {
        public StoredObject {
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * A relative path of plain segments ({@code orgs/<org id>/media/<sha256>}): letters, digits, dot, dash and
     * underscore, no segment made of dots only, so a key can never climb out of the storage root whatever builds it.
     */
    record Key(String value) {

        private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]{1,128}");
        private static final int MAX_SEGMENTS = 8;

        public Key {
            Objects.requireNonNull(value, "key");
            String[] segments = value.split("/", -1);
            if (segments.length < 3 || segments.length > MAX_SEGMENTS || !segments[0].equals("orgs")) {
                throw new IllegalArgumentException("an object key is orgs/<org id>/… with at most "
                        + MAX_SEGMENTS + " segments: " + value);
            }
            for (String segment : segments) {
                if (!SEGMENT.matcher(segment).matches() || segment.chars().allMatch(c -> c == '.')) {
                    throw new IllegalArgumentException("not a safe object key segment: '" + segment + "'");
                }
            }
            OrgId.of(segments[1]);
        }

        /** {@code orgs/<org>/<part>/<part>…}: the organisation first, always. */
        public static Key of(OrgId org, String... parts) {
            return new Key("orgs/" + org.value() + "/" + String.join("/", parts));
        }

        public OrgId org() {
            return OrgId.of(value.split("/", 3)[1]);
        }

        @Override
        public String toString() {
            return value;
        }
    }
}

package io.chatnation.domain.messaging;

/** Where an inbound message's media ended up; every status but {@link #FETCHED} means nothing was stored. */
public enum MediaFetchStatus {
    /** Downloaded within its limits and kept in object storage. */
    FETCHED("fetched"),
    /** Larger than WhatsApp allows for its kind: no byte beyond the limit was read. */
    TOO_LARGE("too_large"),
    /** A type outside the allow-list for its kind (an HTML page sent as a "document", say). */
    REJECTED_TYPE("rejected_type"),
    /** The provider could not or would not hand it over (expired id, repeated outage). */
    FAILED("failed");

    private final String wireName;

    MediaFetchStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static MediaFetchStatus fromWire(String wire) {
        for (MediaFetchStatus status : values()) {
            if (status.wireName.equals(wire)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown media status " + wire);
    }
}

package io.chatnation.domain.messaging;

/** A provider's id for a media object: received in a webhook (valid about 7 days) or returned by an upload. */
public record MediaId(String value) {

    public MediaId {
        value = Text.line("mediaId", value, 256);
    }

    @Override
    public String toString() {
        return value;
    }
}

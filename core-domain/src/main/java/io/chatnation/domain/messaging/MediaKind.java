package io.chatnation.domain.messaging;

/** The kinds of media WhatsApp carries, each named as the Cloud API names its message type. */
public enum MediaKind {
    IMAGE("image"), AUDIO("audio"), VIDEO("video"), DOCUMENT("document"), STICKER("sticker");

    private final String wireName;

    MediaKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Audio and stickers are shown without a caption, so WhatsApp accepts none. */
    public boolean takesCaption() {
        return this == IMAGE || this == VIDEO || this == DOCUMENT;
    }
}

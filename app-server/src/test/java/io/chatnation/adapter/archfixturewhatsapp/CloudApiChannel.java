package io.chatnation.adapter.archfixturewhatsapp;

import io.chatnation.adapter.archfixturepersistence.JdbcMessages;

/** One adapter calling another. */
public final class CloudApiChannel {

    private final JdbcMessages messages;

    public CloudApiChannel(JdbcMessages messages) {
        this.messages = messages;
    }

    public int backlog() {
        return messages.count();
    }
}

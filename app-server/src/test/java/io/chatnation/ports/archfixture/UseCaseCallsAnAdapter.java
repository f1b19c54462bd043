package io.chatnation.ports.archfixture;

import io.chatnation.adapter.archfixturepersistence.JdbcMessages;

/** A use case calling an adapter directly instead of an out port. */
public final class UseCaseCallsAnAdapter {

    private final JdbcMessages messages;

    public UseCaseCallsAnAdapter(JdbcMessages messages) {
        this.messages = messages;
    }

    public int pending() {
        return messages.count();
    }
}

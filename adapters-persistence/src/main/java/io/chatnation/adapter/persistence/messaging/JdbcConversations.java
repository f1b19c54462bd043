package io.chatnation.adapter.persistence.messaging;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.ports.messaging.out.Conversations;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public final class JdbcConversations implements Conversations {

    private final Jdbc jdbc;
    private final IdGenerator ids;

    public JdbcConversations(Jdbc jdbc, IdGenerator ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    @Override
    public ConversationId touch(ContactId contact, ChannelAccountId account, Instant at) {
        return jdbc.one("""
                insert into conversations (id, contact_id, channel_account_id, last_message_at, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (contact_id) do update
                   set last_message_at = greatest(conversations.last_message_at, excluded.last_message_at),
                       channel_account_id = excluded.channel_account_id, updated_at = excluded.updated_at
                returning id""",
                rs -> new ConversationId(rs.getObject("id", UUID.class)),
                ids.next(), contact.value(), account.value(), at, at, at).orElseThrow();
    }

    @Override
    public Optional<ChannelAccountId> accountOf(ContactId contact) {
        return jdbc.one("select channel_account_id from conversations where contact_id = ? and channel_account_id is not null",
                rs -> new ChannelAccountId(rs.getObject("channel_account_id", UUID.class)), contact.value());
    }
}

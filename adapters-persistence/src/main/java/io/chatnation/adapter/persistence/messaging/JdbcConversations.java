package io.chatnation.adapter.persistence.messaging;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.messaging.ConversationProgress;
import io.chatnation.domain.messaging.ConversationState;
import io.chatnation.domain.messaging.ProcessPosition;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.messaging.out.Conversations;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class JdbcConversations implements Conversations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SNAPSHOT = """
            select id, contact_id, channel_account_id, current_state, current_module, state_step, state_data,
                   state_expires_at, human_takeover
            from conversations""";

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

    @Override
    public Optional<ConversationSnapshot> findForUpdate(ConversationId id) {
        return jdbc.one(SNAPSHOT + " where id = ? for update", JdbcConversations::snapshot, id.value());
    }

    @Override
    public Optional<ConversationSnapshot> findForUpdate(ContactId contact) {
        return jdbc.one(SNAPSHOT + " where contact_id = ? for update", JdbcConversations::snapshot, contact.value());
    }

    @Override
    public void moveTo(ConversationId id, ConversationProgress progress, Instant now) {
        Optional<ProcessPosition> at = progress.position();
        jdbc.update("""
                update conversations set current_state = ?, current_module = ?, state_step = ?,
                       state_data = ?::jsonb, state_expires_at = ?, updated_at = ?
                where id = ?""",
                progress.state().name(), at.map(ProcessPosition::process).orElse(null),
                at.map(ProcessPosition::step).orElse(null), json(at.map(ProcessPosition::data).orElse(Map.of())),
                at.map(ProcessPosition::expiresAt).orElse(null), now, id.value());
    }

    @Override
    public List<Expired> expired(Instant now, int limit) {
        return jdbc.list("select org_id, id from conversations_expired(?, ?)",
                rs -> new Expired(new OrgId(rs.getObject("org_id", UUID.class)),
                        new ConversationId(rs.getObject("id", UUID.class))), now, limit);
    }

    private static ConversationSnapshot snapshot(ResultSet rs) throws SQLException {
        ConversationState state = ConversationState.valueOf(rs.getString("current_state"));
        ConversationProgress progress = state == ConversationState.IDLE ? ConversationProgress.idle()
                : new ConversationProgress(state, Optional.of(new ProcessPosition(rs.getString("current_module"),
                        rs.getString("state_step"), data(rs.getString("state_data")), Jdbc.instant(rs, "state_expires_at"))));
        return new ConversationSnapshot(new ConversationId(rs.getObject("id", UUID.class)),
                new ContactId(rs.getObject("contact_id", UUID.class)),
                Optional.ofNullable(rs.getObject("channel_account_id", UUID.class)).map(ChannelAccountId::new),
                progress, rs.getBoolean("human_takeover"));
    }

    private static Map<String, String> data(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("conversation state_data is not a map of strings", e);
        }
    }

    private static String json(Map<String, String> data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

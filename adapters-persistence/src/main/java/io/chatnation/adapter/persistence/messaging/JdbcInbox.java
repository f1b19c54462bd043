package io.chatnation.adapter.persistence.messaging;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.Keyset;
import io.chatnation.domain.messaging.AssigneeFilter;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.ConversationStatus;
import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.messaging.InboxFilter;
import io.chatnation.domain.messaging.InboxState;
import io.chatnation.domain.messaging.MediaKind;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.ThreadMessage;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.messaging.out.Inbox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The inbox over conversations, contacts and messages. Row-Level Security keeps every query (the join to users
 * included) inside the current organisation. Conversations always have a last message time: they are opened by
 * {@link JdbcConversations#touch}, which sets it, so it is the list's keyset.
 */
public final class JdbcInbox implements Inbox {

    private static final String COLUMNS = """
            select v.id, v.contact_id, c.profile_name, c.phone, v.status, v.human_takeover, v.assigned_user_id,
                   u.name as assignee_name, v.unread_count, v.last_message_at, last.body as last_body,
                   last.type as last_type
            from conversations v
            join contacts c on c.id = v.contact_id
            left join users u on u.id = v.assigned_user_id
            left join lateral (select m.body, m.type from messages m where m.conversation_id = v.id
                               order by m.created_at desc, m.id desc limit 1) last on true
            """;

    private static final NewestFirst LATEST_MESSAGE_FIRST = new NewestFirst("v.last_message_at", "v.id");
    private static final NewestFirst NEWEST_FIRST = new NewestFirst("created_at", "id");

    private final Jdbc jdbc;

    public JdbcInbox(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<InboxConversation> list(InboxFilter filter, PageRequest page) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" where v.last_message_at is not null");
        List<Object> params = new ArrayList<>();
        filter.status().ifPresent(s -> {
            sql.append(" and v.status = ?");
            params.add(s.wireName());
        });
        filter.label().ifPresent(l -> {
            sql.append(" and c.labels @> array[?]::text[]");
            params.add(l);
        });
        filter.assigned().ifPresent(a -> {
            if (a instanceof AssigneeFilter.Member member) {
                sql.append(" and v.assigned_user_id = ?");
                params.add(member.user().value());
            } else if (a instanceof AssigneeFilter.Unassigned) {
                sql.append(" and v.assigned_user_id is null");
            } else {
                throw new IllegalArgumentException("'me' is resolved to a member before the inbox is asked");
            }
        });
        filter.unread().ifPresent(u -> sql.append(u ? " and v.unread_count > 0" : " and v.unread_count = 0"));
        filter.search().ifPresent(s -> {
            String pattern = ContactSearch.anywhere(s);
            String digits = ContactSearch.phoneDigits(s);
            sql.append(" and (c.profile_name ilike ? escape '\\'");
            params.add(pattern);
            if (!digits.isEmpty()) {
                sql.append(" or c.phone like ?");
                params.add(ContactSearch.anywhere(digits));
            }
            sql.append(" or exists (select 1 from messages t where t.conversation_id = v.id and t.body ilike ? escape '\\'))");
            params.add(pattern);
        });
        return LATEST_MESSAGE_FIRST.page(jdbc, sql, params, page, JdbcInbox::conversation,
                c -> new Keyset(c.lastMessageAt().orElseThrow(), c.id().value()));
    }

    @Override
    public Optional<InboxConversation> find(ConversationId id) {
        return jdbc.one(COLUMNS + " where v.id = ?", JdbcInbox::conversation, id.value());
    }

    @Override
    public Optional<InboxConversation> findForUpdate(ConversationId id) {
        // Lock the conversation row alone: the outer joins may not be locked.
        return jdbc.one("select id from conversations where id = ? for update", rs -> rs.getObject("id", UUID.class),
                id.value()).flatMap(locked -> find(id));
    }

    @Override
    public Page<ThreadMessage> thread(ConversationId id, PageRequest page) {
        StringBuilder sql = new StringBuilder("""
                select id, direction, sender_type, type, body, status, created_at, sent_at, delivered_at, read_at,
                       failed_at, error_code, error_title
                from messages where conversation_id = ?""");
        List<Object> params = new ArrayList<>(List.of(id.value()));
        return NEWEST_FIRST.page(jdbc, sql, params, page, JdbcInbox::message,
                m -> new Keyset(m.createdAt(), m.id().value()));
    }

    @Override
    public void markRead(ConversationId id, Instant at) {
        jdbc.update("update conversations set unread_count = 0, updated_at = ? where id = ? and unread_count > 0",
                at, id.value());
    }

    @Override
    public void save(ConversationId id, InboxState state, Instant at) {
        boolean resolved = state.status() == ConversationStatus.RESOLVED;
        jdbc.update("""
                update conversations
                   set status = ?, human_takeover = ?, assigned_user_id = ?,
                       resolved_at = case when ? then coalesce(resolved_at, ?) end, updated_at = ?
                where id = ?""",
                state.status().wireName(), state.humanTakeover(), state.assignee().map(UserId::value).orElse(null),
                resolved, at, at, id.value());
    }

    @Override
    public boolean isMember(UserId user) {
        return jdbc.one("select 1 from users where id = ?", rs -> true, user.value()).isPresent();
    }

    private static InboxConversation conversation(ResultSet rs) throws SQLException {
        UUID assignee = rs.getObject("assigned_user_id", UUID.class);
        InboxState state = new InboxState(ConversationStatus.parse("status", rs.getString("status")),
                rs.getBoolean("human_takeover"), Optional.ofNullable(assignee).map(UserId::new));
        return new InboxConversation(new ConversationId(rs.getObject("id", UUID.class)),
                new ContactId(rs.getObject("contact_id", UUID.class)), Optional.ofNullable(rs.getString("profile_name")),
                Optional.ofNullable(rs.getString("phone")), Optional.ofNullable(rs.getString("last_body")),
                Optional.ofNullable(rs.getString("last_type")), Jdbc.optionalInstant(rs, "last_message_at"),
                rs.getInt("unread_count"), state, Optional.ofNullable(rs.getString("assignee_name")));
    }

    private static ThreadMessage message(ResultSet rs) throws SQLException {
        String type = rs.getString("type");
        int code = rs.getInt("error_code");
        boolean hasCode = !rs.wasNull();
        String title = rs.getString("error_title");
        Optional<String> error = hasCode || title != null
                ? Optional.of(((hasCode ? code + " " : "") + (title == null ? "" : title)).strip()) : Optional.empty();
        return new ThreadMessage(new MessageId(rs.getObject("id", UUID.class)), rs.getString("direction"),
                rs.getString("sender_type"), type, Optional.ofNullable(rs.getString("body")), rs.getString("status"),
                Jdbc.instant(rs, "created_at"), Jdbc.optionalInstant(rs, "sent_at"),
                Jdbc.optionalInstant(rs, "delivered_at"), Jdbc.optionalInstant(rs, "read_at"),
                Jdbc.optionalInstant(rs, "failed_at"), error,
                Arrays.stream(MediaKind.values()).filter(k -> k.wireName().equals(type)).findFirst());
    }
}

package io.chatnation.adapter.persistence.messaging;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.DeliveryProgress;
import io.chatnation.domain.messaging.DeliveryStatus;
import io.chatnation.domain.messaging.InboundMessage;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.ProviderError;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.domain.messaging.SenderProfile;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import io.chatnation.domain.messaging.WhatsAppUserId;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.out.Messages;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

public final class JdbcMessages implements Messages {

    private static final String QUEUED = "queued";

    private final Jdbc jdbc;

    public JdbcMessages(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean storeInbound(MessageId id, ChannelAccountId account, InboundMessage message, Instant now) {
        return storeInbound(account, List.of(new NewInbound(id, message)), now).get(0);
    }

    @Override
    public List<Boolean> storeInbound(ChannelAccountId account, List<NewInbound> messages, Instant now) {
        List<Object[]> rows = new ArrayList<>(messages.size());
        for (NewInbound stored : messages) {
            InboundMessage message = stored.message();
            WhatsAppIdentity from = message.header().from();
            rows.add(new Object[] {stored.id().value(), account.value(), message.header().id().value(), message.type(),
                    body(message), choice(message), phone(from), userId(from), message.header().profile().name(),
                    message.header().sentAt(), now, now});
        }
        // One round trip for the lot: a webhook's acknowledgement waits for it.
        int[] counts = jdbc.batch("""
                insert into messages (id, channel_account_id, direction, sender_type, provider_message_id, type, body,
                                      choice_id, peer_phone, peer_wa_user_id, profile_name, status, sent_at,
                                      created_at, updated_at)
                values (?, ?, 'inbound', 'contact', ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?)
                on conflict (channel_account_id, provider_message_id) do nothing""", rows);
        List<Boolean> fresh = new ArrayList<>(counts.length);
        for (int count : counts) {
            fresh.add(count == 1);
        }
        return fresh;
    }

    /**
     * What the contact tapped: a reply button, a list row, or a template's quick-reply button. Its id (the button's
     * payload) is what routing reads; its title is what the inbox shows.
     */
    private record Choice(String id, String title) {

        static Optional<Choice> of(InboundMessage message) {
            if (message instanceof InboundMessage.ButtonReply button) {
                return Optional.of(new Choice(button.id(), button.title()));
            }
            if (message instanceof InboundMessage.ListReply list) {
                return Optional.of(new Choice(list.id(), list.title()));
            }
            if (message instanceof InboundMessage.TemplateButtonReply button) {
                return Optional.of(new Choice(button.payload(), button.text()));
            }
            return Optional.empty();
        }
    }

    private static String choice(InboundMessage message) {
        return Choice.of(message).map(Choice::id).orElse(null);
    }

    /** What a person would read of the message in an inbox line; routing reads only a text message's body. */
    private static String body(InboundMessage message) {
        if (message instanceof InboundMessage.TextMessage text) {
            return text.body();
        }
        Optional<Choice> choice = Choice.of(message);
        if (choice.isPresent()) {
            return choice.get().title();
        }
        if (message instanceof InboundMessage.MediaMessage media) {
            return media.media().caption().orElse(null);
        }
        if (message instanceof InboundMessage.Reaction reaction) {
            return reaction.emoji();
        }
        return null;
    }

    private static final String INBOUND = """
            select id, channel_account_id, provider_message_id, type, body, choice_id, peer_phone, peer_wa_user_id,
                   profile_name, sent_at, status
            from messages""";

    @Override
    public Optional<StoredInbound> inbound(MessageId id) {
        return jdbc.one(INBOUND + " where id = ? and direction = 'inbound'", JdbcMessages::storedInbound, id.value());
    }

    @Override
    public Optional<StoredInbound> latestInbound(ConversationId conversation) {
        return jdbc.one(INBOUND + """
                 where conversation_id = ? and direction = 'inbound' and channel_account_id is not null
                order by sent_at desc, created_at desc limit 1""", JdbcMessages::storedInbound, conversation.value());
    }

    private static StoredInbound storedInbound(java.sql.ResultSet rs) throws java.sql.SQLException {
        Optional<String> choice = Optional.ofNullable(rs.getString("choice_id"));
        return new StoredInbound(new MessageId(rs.getObject("id", UUID.class)),
                new ChannelAccountId(rs.getObject("channel_account_id", UUID.class)),
                new ProviderMessageId(rs.getString("provider_message_id")), rs.getString("type"),
                "text".equals(rs.getString("type")) ? Optional.ofNullable(rs.getString("body")) : Optional.empty(),
                choice, choice.isPresent() ? Optional.ofNullable(rs.getString("body")) : Optional.empty(),
                peer(rs), new SenderProfile(Optional.ofNullable(rs.getString("profile_name")), Optional.empty()),
                Jdbc.instant(rs, "sent_at"), "handled".equals(rs.getString("status")));
    }

    @Override
    public void markHandled(MessageId id, ContactId contact, ConversationId conversation, Instant now) {
        // The message joins its conversation here, so here the inbox learns of it: one more unread message, and a
        // resolved conversation is open again because the contact wrote. Counted only on the first handling, so a
        // rerun job cannot count a message twice. The conversation is found by its key: joined to the CTE instead, a
        // prepared statement's generic plan scanned every conversation of the organisation.
        jdbc.update("""
                with handled as (
                    update messages set status = 'handled', contact_id = ?, conversation_id = ?, updated_at = ?
                    where id = ? and status = 'received'
                    returning conversation_id)
                update conversations v
                   set unread_count = v.unread_count + 1, status = 'open', resolved_at = null, updated_at = ?
                where v.id = (select conversation_id from handled)""",
                contact.value(), conversation.value(), now, id.value(), now);
    }

    @Override
    public void queueReply(QueuedReply reply, Instant now) {
        jdbc.update("""
                insert into messages (id, channel_account_id, conversation_id, contact_id, direction, sender_type, type,
                                      body, content, peer_phone, peer_wa_user_id, status, reply_to, created_at,
                                      updated_at)
                values (?, ?, ?, ?, 'outbound', 'bot', ?, ?, ?::jsonb, ?, ?, 'queued', ?, ?, ?)""",
                reply.id().value(), reply.account().value(), reply.conversation().value(), reply.contact().value(),
                reply.content() instanceof OutboundContent.TextMessage ? "text" : "interactive", readable(reply.content()),
                OutboundContentJson.write(reply.content()), phone(reply.to()), userId(reply.to()),
                reply.replyTo().value(), now, now);
    }

    /** What an agent reads of a bot reply in the inbox: the text, or the question above the buttons or list. */
    private static String readable(OutboundContent content) {
        if (content instanceof OutboundContent.TextMessage text) {
            return text.body();
        }
        if (content instanceof OutboundContent.ReplyButtons buttons) {
            return buttons.body();
        }
        if (content instanceof OutboundContent.ListMenu menu) {
            return menu.body();
        }
        return null;
    }

    @Override
    public void queueOutbound(OperatorMessage message, Instant now) {
        jdbc.update("""
                insert into messages (id, channel_account_id, conversation_id, contact_id, direction, sender_type, type,
                                      body, peer_phone, peer_wa_user_id, status, created_at, updated_at)
                values (?, ?, ?, ?, 'outbound', 'agent', ?, ?, ?, ?, 'queued', ?, ?)""",
                message.id().value(), message.account().value(), message.conversation().value(),
                message.contact().value(), message.type(), message.body(), phone(message.to()), userId(message.to()),
                now, now);
    }

    @Override
    public List<QueuedReply> queuedRepliesTo(MessageId inbound) {
        return jdbc.list("""
                select id, channel_account_id, conversation_id, contact_id, body, content, peer_phone, peer_wa_user_id,
                       reply_to
                from messages where reply_to = ? and status = 'queued' order by created_at, id""",
                rs -> new QueuedReply(new MessageId(rs.getObject("id", UUID.class)),
                        new ChannelAccountId(rs.getObject("channel_account_id", UUID.class)),
                        new ConversationId(rs.getObject("conversation_id", UUID.class)),
                        new ContactId(rs.getObject("contact_id", UUID.class)), peer(rs),
                        // Replies queued before content was stored are plain texts.
                        rs.getString("content") == null ? OutboundContent.TextMessage.of(rs.getString("body"))
                                : OutboundContentJson.read(rs.getString("content")),
                        new MessageId(rs.getObject("reply_to", UUID.class))),
                inbound.value());
    }

    @Override
    public void replySent(MessageId reply, ProviderMessageId providerId, Instant at) {
        jdbc.update("""
                update messages set status = 'sent', provider_message_id = ?, sent_at = ?, updated_at = ?
                where id = ? and status = 'queued'""", providerId.value(), at, at, reply.value());
    }

    @Override
    public void replyFailed(MessageId reply, ChannelFailure failure, Instant at) {
        jdbc.update("""
                update messages set status = 'failed', failed_at = ?, error_code = ?, error_title = ?, updated_at = ?
                where id = ? and status = 'queued'""",
                at, numeric(failure.code()), failure.reason(), at, reply.value());
    }

    @Override
    public Optional<TrackedOutbound> outbound(ChannelAccountId account, ProviderMessageId providerId) {
        return jdbc.one("""
                select id, status, sent_at, delivered_at, read_at, failed_at, error_code, error_title
                from messages
                where channel_account_id = ? and provider_message_id = ? and direction = 'outbound'
                for update""",
                rs -> new TrackedOutbound(new MessageId(rs.getObject("id", UUID.class)), progress(rs)),
                account.value(), providerId.value());
    }

    @Override
    public void updateProgress(MessageId id, DeliveryProgress progress, Instant now) {
        Optional<ProviderError> error = progress.errors().stream().findFirst();
        jdbc.update("""
                update messages set status = ?, sent_at = ?, delivered_at = ?, read_at = ?, failed_at = ?,
                                    error_code = ?, error_title = ?, updated_at = ?
                where id = ?""",
                progress.status().wireName(), progress.sentAt(), progress.deliveredAt(), progress.readAt(),
                progress.failedAt(), error.map(ProviderError::code), error.map(ProviderError::title), now, id.value());
    }

    private static Optional<DeliveryProgress> progress(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        if (QUEUED.equals(status)) {
            return Optional.empty();
        }
        int code = rs.getInt("error_code");
        List<ProviderError> errors = rs.wasNull() ? List.of()
                : List.of(new ProviderError(code, rs.getString("error_title"), Optional.empty(), Optional.empty()));
        return Optional.of(new DeliveryProgress(DeliveryStatus.valueOf(status.toUpperCase(Locale.ROOT)),
                Jdbc.optionalInstant(rs, "sent_at"), Jdbc.optionalInstant(rs, "delivered_at"),
                Jdbc.optionalInstant(rs, "read_at"), Jdbc.optionalInstant(rs, "failed_at"), errors));
    }

    private static WhatsAppIdentity peer(ResultSet rs) throws SQLException {
        return new WhatsAppIdentity(Optional.ofNullable(rs.getString("peer_phone")).map(PhoneNumber::new),
                Optional.ofNullable(rs.getString("peer_wa_user_id")).map(WhatsAppUserId::new));
    }

    private static String phone(WhatsAppIdentity identity) {
        return identity.phone().map(PhoneNumber::e164).orElse(null);
    }

    private static String userId(WhatsAppIdentity identity) {
        return identity.userId().map(WhatsAppUserId::value).orElse(null);
    }

    private static Integer numeric(String code) {
        try {
            return Integer.valueOf(code);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package io.chatnation.adapter.persistence.messaging;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.Keyset;
import io.chatnation.adapter.persistence.shared.Pages;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.out.SandboxDeliveries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The sandbox phones' threads: the messages table, with the interactive content the sandbox kept beside it. */
public final class JdbcSandboxDeliveries implements SandboxDeliveries {

    private final Jdbc jdbc;

    public JdbcSandboxDeliveries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void keep(ChannelAccountId account, ProviderMessageId message, PhoneNumber to, OutboundContent content,
                     Instant at) {
        jdbc.update("""
                insert into sandbox_deliveries (channel_account_id, provider_message_id, phone, content, delivered_at)
                values (?, ?, ?, ?::jsonb, ?) on conflict do nothing""",
                account.value(), message.value(), to.e164(), InteractiveContentJson.write(content), at);
    }

    @Override
    public List<OutboundContent> recentInteractive(ChannelAccountId account, PhoneNumber phone, int limit) {
        return jdbc.list("""
                select content::text as content from sandbox_deliveries
                where channel_account_id = ? and phone = ? order by delivered_at desc limit ?""",
                rs -> InteractiveContentJson.read(rs.getString("content")), account.value(), phone.e164(), limit);
    }

    @Override
    public Page<ThreadMessage> thread(ChannelAccountId account, PhoneNumber phone, PageRequest page) {
        List<Object> params = new ArrayList<>(List.of(account.value(), phone.e164()));
        String before = "";
        if (page.cursor().isPresent()) {
            Keyset position = Keyset.decode(page.cursor().get());
            before = " and (m.created_at, m.id) < (?, ?)";
            params.add(position.at());
            params.add(position.id());
        }
        params.add(page.limit() + 1);
        List<ThreadMessage> rows = jdbc.list("""
                select m.id, m.direction, m.type, m.body, m.status, m.created_at, m.error_title,
                       d.content::text as content
                from messages m
                left join sandbox_deliveries d
                       on d.channel_account_id = m.channel_account_id and d.provider_message_id = m.provider_message_id
                where m.channel_account_id = ? and m.peer_phone = ?""" + before
                + " order by m.created_at desc, m.id desc limit ?",
                JdbcSandboxDeliveries::message, params.toArray());
        return Pages.of(rows, page.limit(), m -> new Keyset(m.at(), m.id().value()));
    }

    private static ThreadMessage message(ResultSet rs) throws SQLException {
        Optional<OutboundContent> interactive = Optional.ofNullable(rs.getString("content"))
                .map(InteractiveContentJson::read);
        String body = rs.getString("body");
        if (body == null) {
            body = interactive.map(JdbcSandboxDeliveries::bodyOf).orElse("");
        }
        return new ThreadMessage(new MessageId(rs.getObject("id", UUID.class)),
                Direction.valueOf(rs.getString("direction").toUpperCase(Locale.ROOT)), rs.getString("type"), body,
                rs.getString("status"), Jdbc.instant(rs, "created_at"), interactive,
                Optional.ofNullable(rs.getString("error_title")));
    }

    private static String bodyOf(OutboundContent content) {
        return content instanceof OutboundContent.ReplyButtons buttons ? buttons.body()
                : ((OutboundContent.ListMenu) content).body();
    }
}

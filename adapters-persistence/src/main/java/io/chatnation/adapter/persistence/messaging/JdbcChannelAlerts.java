package io.chatnation.adapter.persistence.messaging;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelAlert;
import io.chatnation.domain.messaging.ChannelAttention;
import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.messaging.out.ChannelAlerts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class JdbcChannelAlerts implements ChannelAlerts {

    private final Jdbc jdbc;
    private final IdGenerator ids;

    public JdbcChannelAlerts(Jdbc jdbc, IdGenerator ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    @Override
    public boolean raise(ChannelAccountId account, ChannelFailure failure, Instant at) {
        // Only the send that finds the account still healthy marks it: the row lock makes concurrent failures of
        // the same number wait here, and all but the first change nothing.
        int marked = jdbc.update("""
                update channel_accounts set attention_code = ?, attention_reason = ?, attention_since = ?
                where id = ? and attention_since is null""",
                failure.code(), truncate(failure.reason(), 500), at, account.value());
        if (marked == 0) {
            return false;
        }
        String number = jdbc.one("select display_number from channel_accounts where id = ?",
                rs -> rs.getString("display_number"), account.value()).orElse("your WhatsApp number");
        jdbc.update("""
                insert into channel_alerts (id, channel_account_id, code, title, message, raised_at)
                values (?, ?, ?, ?, ?, ?)""",
                ids.next(), account.value(), "channel.access_token_invalid",
                "WhatsApp number " + number + " needs a new access token",
                truncate("WhatsApp refused the access token of " + number + " (error " + failure.code() + ": "
                        + failure.reason() + "). No message can be sent through this number until the token is "
                        + "replaced in the channel settings.", 1000), at);
        return true;
    }

    @Override
    public Map<ChannelAccountId, ChannelAttention> attention() {
        Map<ChannelAccountId, ChannelAttention> out = new LinkedHashMap<>();
        jdbc.list("""
                select id, attention_code, attention_reason, attention_since from channel_accounts
                where attention_since is not null""",
                rs -> new ChannelAttention(new ChannelAccountId(rs.getObject("id", UUID.class)),
                        rs.getString("attention_code"), Optional.ofNullable(rs.getString("attention_reason")).orElse(""),
                        Jdbc.instant(rs, "attention_since")))
                .forEach(a -> out.put(a.account(), a));
        return out;
    }

    private static final String ALERT = "select id, channel_account_id, code, title, message, raised_at, read_at from channel_alerts";

    @Override
    public List<ChannelAlert> alerts(int limit) {
        return jdbc.list(ALERT + " order by (read_at is not null), raised_at desc, id desc limit ?",
                JdbcChannelAlerts::alert, limit);
    }

    @Override
    public Optional<ChannelAlert> alert(UUID id) {
        return jdbc.one(ALERT + " where id = ?", JdbcChannelAlerts::alert, id);
    }

    @Override
    public void markRead(UUID id, Instant at) {
        jdbc.update("update channel_alerts set read_at = ? where id = ? and read_at is null", at, id);
    }

    @Override
    public List<Due> undelivered(Instant now, int limit) {
        return jdbc.list("select org_id, id from channel_alerts_undelivered(?, ?)",
                rs -> new Due(new OrgId(rs.getObject("org_id", UUID.class)), rs.getObject("id", UUID.class)), now, limit);
    }

    @Override
    public Optional<ChannelAlert> claim(UUID id, Instant now, Instant until) {
        int taken = jdbc.update("""
                update channel_alerts set claimed_until = ?
                where id = ? and delivered_at is null and (claimed_until is null or claimed_until < ?)""",
                until, id, now);
        return taken == 1 ? alert(id) : Optional.empty();
    }

    @Override
    public void delivered(UUID id, String mailState, Instant at) {
        jdbc.update("update channel_alerts set delivered_at = ?, mail_state = ?, claimed_until = null where id = ?",
                at, mailState, id);
    }

    private static ChannelAlert alert(ResultSet rs) throws SQLException {
        return new ChannelAlert(rs.getObject("id", UUID.class), new ChannelAccountId(rs.getObject("channel_account_id", UUID.class)),
                rs.getString("code"), rs.getString("title"), rs.getString("message"), Jdbc.instant(rs, "raised_at"),
                Jdbc.optionalInstant(rs, "read_at"));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}

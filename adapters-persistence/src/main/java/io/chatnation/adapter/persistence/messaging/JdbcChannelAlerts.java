package io.chatnation.adapter.persistence.messaging;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.ports.messaging.out.ChannelAlerts;
import java.time.Instant;

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

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}

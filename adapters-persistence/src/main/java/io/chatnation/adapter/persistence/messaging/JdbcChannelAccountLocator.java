package io.chatnation.adapter.persistence.messaging;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.WebhookKey;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.messaging.out.ChannelAccountLocator;
import java.util.Optional;
import java.util.UUID;

public final class JdbcChannelAccountLocator implements ChannelAccountLocator {

    private final Jdbc jdbc;

    public JdbcChannelAccountLocator(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AccountKey> byWebhookKey(WebhookKey key) {
        return jdbc.one("select * from messaging_account_by_webhook_key(?)",
                rs -> new AccountKey(new OrgId(rs.getObject("org_id", UUID.class)),
                        new ChannelAccountId(rs.getObject("id", UUID.class))),
                key.value());
    }
}

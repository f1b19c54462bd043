package io.chatnation.adapter.persistence.messaging;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.messaging.BusinessAccountId;
import io.chatnation.domain.messaging.BusinessNumberId;
import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.domain.messaging.WebhookKey;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Channel accounts, their three secrets sealed with {@link SecretCipher} before they reach the database. */
public final class JdbcChannelAccounts implements ChannelAccounts {

    private static final String COLUMNS =
            "id, provider, phone_number_id, waba_id, display_number, webhook_key, created_by, created_at";

    private final Jdbc jdbc;
    private final SecretCipher cipher;

    public JdbcChannelAccounts(Jdbc jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public void add(ChannelAccount account, ChannelCredentials credentials) {
        UUID id = account.id().value();
        jdbc.insertUnique("""
                insert into channel_accounts (id, provider, phone_number_id, waba_id, display_number, webhook_key,
                                              access_token, app_secret, verify_token, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                "This WhatsApp number is already connected",
                id, account.provider().code(), account.phoneNumberId().value(), account.wabaId().value(),
                account.displayNumber().e164(), account.webhookKey().value(),
                cipher.seal(credentials.accessToken(), id), cipher.seal(credentials.appSecret(), id),
                cipher.seal(credentials.verifyToken(), id), account.createdBy(), account.createdAt());
    }

    @Override
    public List<ChannelAccount> list() {
        return jdbc.list("select " + COLUMNS + " from channel_accounts order by created_at, id", JdbcChannelAccounts::account);
    }

    @Override
    public Optional<ChannelAccount> find(ChannelAccountId id) {
        return jdbc.one("select " + COLUMNS + " from channel_accounts where id = ?", JdbcChannelAccounts::account, id.value());
    }

    @Override
    public Optional<ChannelCredentials> credentials(ChannelAccountId id) {
        UUID owner = id.value();
        return jdbc.one("select access_token, app_secret, verify_token from channel_accounts where id = ?",
                rs -> new ChannelCredentials(cipher.open(rs.getBytes("access_token"), owner),
                        cipher.open(rs.getBytes("app_secret"), owner), cipher.open(rs.getBytes("verify_token"), owner)),
                owner);
    }

    @Override
    public boolean remove(ChannelAccountId id) {
        return jdbc.update("delete from channel_accounts where id = ?", id.value()) > 0;
    }

    private static ChannelAccount account(ResultSet rs) throws SQLException {
        return new ChannelAccount(new ChannelAccountId(rs.getObject("id", UUID.class)),
                ChannelProvider.parse("provider", rs.getString("provider")),
                new BusinessNumberId(rs.getString("phone_number_id")), new BusinessAccountId(rs.getString("waba_id")),
                new PhoneNumber(rs.getString("display_number")), new WebhookKey(rs.getString("webhook_key")),
                rs.getObject("created_by", UUID.class), Jdbc.instant(rs, "created_at"));
    }
}

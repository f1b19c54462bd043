package io.chatnation.adapter.persistence.messaging;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.messaging.BusinessAccountId;
import io.chatnation.domain.messaging.BusinessNumberId;
import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.domain.messaging.TwilioAccountSid;
import io.chatnation.domain.messaging.WebhookKey;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Channel accounts, their secrets sealed with {@link SecretCipher} before they reach the database. */
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
        Map<String, Object> secrets = columnsOf(credentials, id);
        jdbc.insertUnique("""
                insert into channel_accounts (id, provider, phone_number_id, waba_id, display_number, webhook_key,
                                              access_token, app_secret, verify_token, account_sid, auth_token,
                                              created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                "This WhatsApp number is already connected",
                id, account.provider().code(), account.phoneNumberId().value(),
                account.wabaId().map(BusinessAccountId::value).orElse(null),
                account.displayNumber().e164(), account.webhookKey().value(),
                secrets.get("access_token"), secrets.get("app_secret"), secrets.get("verify_token"),
                secrets.get("account_sid"), secrets.get("auth_token"), account.createdBy(), account.createdAt());
    }

    /** The provider's own columns, secrets sealed; the other providers' columns stay null. */
    private Map<String, Object> columnsOf(ChannelCredentials credentials, UUID owner) {
        Map<String, Object> columns = new HashMap<>();
        if (credentials instanceof ChannelCredentials.CloudApi cloud) {
            columns.put("access_token", cipher.seal(cloud.accessToken(), owner));
            columns.put("app_secret", cipher.seal(cloud.appSecret(), owner));
            columns.put("verify_token", cipher.seal(cloud.verifyToken(), owner));
        } else if (credentials instanceof ChannelCredentials.Twilio twilio) {
            columns.put("account_sid", twilio.accountSid().value());
            columns.put("auth_token", cipher.seal(twilio.authToken(), owner));
        }
        return columns;
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
        return jdbc.one("""
                select provider, access_token, app_secret, verify_token, account_sid, auth_token
                from channel_accounts where id = ?""", rs -> credentials(rs, owner), owner);
    }

    private ChannelCredentials credentials(ResultSet rs, UUID owner) throws SQLException {
        return switch (ChannelProvider.parse("provider", rs.getString("provider"))) {
            case WHATSAPP_CLOUD -> new ChannelCredentials.CloudApi(cipher.open(rs.getBytes("access_token"), owner),
                    cipher.open(rs.getBytes("app_secret"), owner), cipher.open(rs.getBytes("verify_token"), owner));
            case TWILIO -> new ChannelCredentials.Twilio(new TwilioAccountSid(rs.getString("account_sid")),
                    cipher.open(rs.getBytes("auth_token"), owner));
            case SANDBOX -> new ChannelCredentials.Sandbox();
        };
    }

    @Override
    public boolean remove(ChannelAccountId id) {
        return jdbc.update("delete from channel_accounts where id = ?", id.value()) > 0;
    }

    private static ChannelAccount account(ResultSet rs) throws SQLException {
        return new ChannelAccount(new ChannelAccountId(rs.getObject("id", UUID.class)),
                ChannelProvider.parse("provider", rs.getString("provider")),
                new BusinessNumberId(rs.getString("phone_number_id")),
                Optional.ofNullable(rs.getString("waba_id")).map(BusinessAccountId::new),
                new PhoneNumber(rs.getString("display_number")), new WebhookKey(rs.getString("webhook_key")),
                rs.getObject("created_by", UUID.class), Jdbc.instant(rs, "created_at"));
    }
}

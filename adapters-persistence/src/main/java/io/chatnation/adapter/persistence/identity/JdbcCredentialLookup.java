package io.chatnation.adapter.persistence.identity;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.identity.Credentials;
import io.chatnation.domain.identity.RefreshToken;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.identity.UserStatus;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.identity.out.CredentialLookup;
import java.util.Optional;
import java.util.UUID;

/** Calls the schema's SECURITY DEFINER lookups: the application role cannot read across tenants itself. */
public final class JdbcCredentialLookup implements CredentialLookup {

    private final Jdbc jdbc;

    public JdbcCredentialLookup(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Credentials> byEmail(EmailAddress email) {
        return jdbc.one("select * from auth_credentials_by_email(?)",
                rs -> new Credentials(new UserId(rs.getObject("user_id", UUID.class)), new OrgId(rs.getObject("org_id", UUID.class)),
                        Optional.ofNullable(rs.getString("password_hash")), UserStatus.valueOf(rs.getString("status"))),
                email.value());
    }

    @Override
    public Optional<RefreshToken> refreshToken(SecretDigest digest) {
        return jdbc.one("select * from auth_refresh_token(?)",
                rs -> new RefreshToken(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
                        new OrgId(rs.getObject("org_id", UUID.class)), new UserId(rs.getObject("user_id", UUID.class)),
                        digest, Jdbc.instant(rs, "issued_at"), Jdbc.instant(rs, "expires_at"),
                        Jdbc.optionalInstant(rs, "rotated_at"), Jdbc.optionalInstant(rs, "revoked_at")),
                digest.hex());
    }

    @Override
    public Optional<StoredApiKey> apiKey(String prefix) {
        return jdbc.one("select * from auth_api_key(?)", rs -> new StoredApiKey(ApiKeyRows.map(rs),
                new OrgId(rs.getObject("org_id", UUID.class)), new SecretDigest(rs.getString("secret_digest"))), prefix);
    }

    @Override
    public Optional<PendingInvitation> invitation(SecretDigest digest) {
        return jdbc.one("select * from auth_invitation(?)",
                rs -> new PendingInvitation(new UserId(rs.getObject("user_id", UUID.class)),
                        new OrgId(rs.getObject("org_id", UUID.class)), Jdbc.instant(rs, "expires_at")),
                digest.hex());
    }
}

package io.chatnation.adapter.persistence.identity;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.identity.RefreshToken;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.identity.out.RefreshTokens;
import java.time.Instant;
import java.util.UUID;

public final class JdbcRefreshTokens implements RefreshTokens {

    private final Jdbc jdbc;

    public JdbcRefreshTokens(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(RefreshToken t) {
        jdbc.update("""
                insert into refresh_tokens (id, user_id, family_id, token_digest, issued_at, expires_at)
                values (?, ?, ?, ?, ?, ?)
                """, t.id(), t.userId().value(), t.familyId(), t.digest().hex(), t.issuedAt(), t.expiresAt());
    }

    @Override
    public boolean markRotated(UUID id, Instant at) {
        return jdbc.update("update refresh_tokens set rotated_at = ? where id = ? and rotated_at is null and revoked_at is null",
                at, id) == 1;
    }

    @Override
    public void revokeFamily(UUID familyId, Instant at) {
        jdbc.update("update refresh_tokens set revoked_at = ? where family_id = ? and revoked_at is null", at, familyId);
    }

    @Override
    public void revokeAllOf(UserId user, Instant at) {
        jdbc.update("update refresh_tokens set revoked_at = ? where user_id = ? and revoked_at is null", at, user.value());
    }
}

package io.chatnation.adapter.persistence.identity;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.Keyset;
import io.chatnation.adapter.persistence.shared.Pages;
import io.chatnation.domain.identity.ApiKey;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.ports.identity.out.ApiKeys;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class JdbcApiKeys implements ApiKeys {

    private static final String COLUMNS = ApiKeyRows.COLUMNS;

    private final Jdbc jdbc;

    public JdbcApiKeys(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ApiKey k, SecretDigest secret) {
        jdbc.update("""
                insert into api_keys (id, name, prefix, secret_digest, scopes, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """, k.id(), k.name().value(), k.prefix(), secret.hex(),
                jdbc.textArray(k.scopes().stream().map(Permission::code).sorted().toList()),
                k.createdBy().value(), k.createdAt());
    }

    @Override
    public Page<ApiKey> page(PageRequest page) {
        List<ApiKey> rows = page.cursor().map(Keyset::decode)
                .map(before -> jdbc.list("select " + COLUMNS + " from api_keys where (created_at, id) < (?, ?) order by created_at desc, id desc limit ?",
                        ApiKeyRows::map, before.at(), before.id(), page.limit() + 1))
                .orElseGet(() -> jdbc.list("select " + COLUMNS + " from api_keys order by created_at desc, id desc limit ?",
                        ApiKeyRows::map, page.limit() + 1));
        return Pages.of(rows, page.limit(), k -> new Keyset(k.createdAt(), k.id()));
    }

    @Override
    public Optional<ApiKey> find(UUID id) {
        return jdbc.one("select " + COLUMNS + " from api_keys where id = ?", ApiKeyRows::map, id);
    }

    @Override
    public void revoke(UUID id, Instant at) {
        jdbc.update("update api_keys set revoked_at = ? where id = ? and revoked_at is null", at, id);
    }

    @Override
    public void touch(UUID id, Instant at) {
        jdbc.update("update api_keys set last_used_at = ? where id = ?", at, id);
    }
}

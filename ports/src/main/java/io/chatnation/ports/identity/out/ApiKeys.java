package io.chatnation.ports.identity.out;

import io.chatnation.domain.identity.ApiKey;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public interface ApiKeys {

    void add(ApiKey key, SecretDigest secret);

    /** Newest first. */
    Page<ApiKey> page(PageRequest page);

    Optional<ApiKey> find(UUID id);

    void revoke(UUID id, Instant at);

    void touch(UUID id, Instant at);
}

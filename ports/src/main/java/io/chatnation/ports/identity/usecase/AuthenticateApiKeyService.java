package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.identity.ApiKeyToken;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.RequestOrigin;
import io.chatnation.ports.identity.in.AuthenticateApiKey;
import io.chatnation.ports.identity.out.ApiKeys;
import io.chatnation.ports.identity.out.CredentialLookup;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

public final class AuthenticateApiKeyService implements AuthenticateApiKey {

    /** "Last used" is a minute-resolution fact; writing it on every request would turn reads into writes. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final UnitOfWork uow;
    private final CredentialLookup lookup;
    private final ApiKeys apiKeys;
    private final Clock clock;

    public AuthenticateApiKeyService(UnitOfWork uow, CredentialLookup lookup, ApiKeys apiKeys, Clock clock) {
        this.uow = uow;
        this.lookup = lookup;
        this.apiKeys = apiKeys;
        this.clock = clock;
    }

    @Override
    public Optional<Caller> authenticate(String presentedKey, RequestOrigin origin) {
        Optional<ApiKeyToken> token = ApiKeyToken.parse(presentedKey);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        var stored = uow.withoutOrganization(() -> lookup.apiKey(token.get().prefix()))
                .filter(k -> !k.key().isRevoked())
                .filter(k -> k.secret().matches(token.get().secret()));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        var key = stored.get();
        Instant now = clock.instant();
        boolean stale = key.key().lastUsedAt().map(t -> t.plus(LAST_USED_RESOLUTION).isBefore(now)).orElse(true);
        if (stale) {
            uow.runInOrganization(key.orgId(), () -> apiKeys.touch(key.key().id(), now));
        }
        return Optional.of(Caller.apiKey(key.orgId(), key.key().id(), key.key().scopes(), origin));
    }
}

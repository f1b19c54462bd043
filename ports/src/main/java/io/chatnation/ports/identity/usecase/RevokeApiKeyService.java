package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.identity.ApiKey;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.identity.in.RevokeApiKey;
import io.chatnation.ports.identity.out.ApiKeys;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;

public final class RevokeApiKeyService implements RevokeApiKey {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final ApiKeys apiKeys;
    private final RecordAuditEntry audit;
    private final Clock clock;

    public RevokeApiKeyService(UnitOfWork uow, CheckAccess access, ApiKeys apiKeys, RecordAuditEntry audit, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.apiKeys = apiKeys;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void revoke(Command c) {
        uow.runInOrganization(c.caller().orgId(), () -> {
            access.of(c.caller()).require(Permission.API_KEYS_MANAGE);
            ApiKey before = apiKeys.find(c.keyId()).orElseThrow(() -> new NotFound("API key"));
            if (before.isRevoked()) {
                return; // revoking twice changes nothing and records nothing
            }
            apiKeys.revoke(c.keyId(), clock.instant());
            ApiKey after = apiKeys.find(c.keyId()).orElseThrow(() -> new NotFound("API key"));
            audit.record(RecordAuditEntry.Command.changed(c.caller(), "api_key.revoked", "api_key", c.keyId(),
                    ApiKeySnapshot.of(before), ApiKeySnapshot.of(after)));
        });
    }
}

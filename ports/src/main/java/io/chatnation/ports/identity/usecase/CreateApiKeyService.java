package io.chatnation.ports.identity.usecase;

import io.chatnation.domain.shared.Access;
import io.chatnation.domain.identity.ApiKey;
import io.chatnation.domain.identity.ApiKeyToken;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.identity.SecretDigest;
import io.chatnation.domain.shared.AccessDenied;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.identity.in.CreateApiKey;
import io.chatnation.ports.identity.out.ApiKeys;
import io.chatnation.ports.identity.out.SecretGenerator;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;

public final class CreateApiKeyService implements CreateApiKey {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final ApiKeys apiKeys;
    private final SecretGenerator secrets;
    private final RecordAuditEntry audit;
    private final IdGenerator ids;
    private final Clock clock;

    public CreateApiKeyService(UnitOfWork uow, CheckAccess access, ApiKeys apiKeys, SecretGenerator secrets,
                               RecordAuditEntry audit, IdGenerator ids, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.apiKeys = apiKeys;
        this.secrets = secrets;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Created create(Command c) {
        ApiKeyToken token = new ApiKeyToken(secrets.keyPrefix(), secrets.token());
        return uow.inOrganization(c.caller().orgId(), () -> {
            Access actor = access.of(c.caller());
            actor.require(Permission.API_KEYS_MANAGE);
            var beyondCreator = c.scopes().stream().filter(s -> !actor.allows(s)).map(Permission::code)
                    .sorted().collect(Collectors.joining(", "));
            if (!beyondCreator.isEmpty()) {
                throw new AccessDenied("A key cannot hold scopes its creator lacks: " + beyondCreator);
            }
            ApiKey key = new ApiKey(ids.next(), c.name(), token.prefix(), c.scopes(), new UserId(c.caller().actorId()),
                    clock.instant(), Optional.empty(), Optional.empty());
            apiKeys.add(key, SecretDigest.of(token.secret()));
            audit.record(RecordAuditEntry.Command.created(c.caller(), "api_key.created", "api_key", key.id(),
                    ApiKeySnapshot.of(key)));
            return new Created(key, token.presented());
        });
    }
}

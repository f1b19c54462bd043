package io.chatnation.domain.shared;

import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.RequestOrigin;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The authenticated party behind a use-case call. The organisation comes from the credential (token,
 * API key, or the CLI's explicit choice), never from a request body. What the caller may do is not
 * stored here: use cases look it up fresh, so a removed member loses access at once.
 *
 * @param actorId   the user, the API key, or the system process
 * @param apiScopes for API keys, the permissions the key was limited to; empty otherwise
 */
public record Caller(OrgId orgId, ActorType type, UUID actorId, Set<Permission> apiScopes, RequestOrigin origin) {

    public Caller {
        Objects.requireNonNull(orgId, "org");
        Objects.requireNonNull(type, "actor type");
        Objects.requireNonNull(actorId, "actor");
        apiScopes = Set.copyOf(apiScopes);
        origin = origin == null ? RequestOrigin.none() : origin;
    }

    public static Caller user(OrgId org, UUID userId, RequestOrigin origin) {
        return new Caller(org, ActorType.USER, userId, Set.of(), origin);
    }

    public static Caller apiKey(OrgId org, UUID keyId, Set<Permission> scopes, RequestOrigin origin) {
        return new Caller(org, ActorType.API, keyId, scopes, origin);
    }

    /** The platform itself (CLI, scheduled work): acts with every permission inside one organisation. */
    public static Caller system(OrgId org, UUID processId) {
        return new Caller(org, ActorType.SYSTEM, processId, Set.of(), RequestOrigin.none());
    }

    public Optional<UUID> userId() {
        return type == ActorType.USER ? Optional.of(actorId) : Optional.empty();
    }
}

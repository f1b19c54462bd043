package io.chatnation.ports.identity.in;

import io.chatnation.domain.identity.ApiKey;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.InvalidInput;
import java.util.Set;

/** Creates an API key limited to scopes the creator holds; the secret is in the result and nowhere else. */
public interface CreateApiKey {

    Created create(Command command);

    record Command(Caller caller, DisplayName name, Set<Permission> scopes) {
        public Command {
            scopes = Set.copyOf(scopes);
            if (scopes.isEmpty()) {
                throw InvalidInput.of("scopes", "must name at least one scope");
            }
        }
    }

    record Created(ApiKey key, String secret) {}
}

package io.chatnation.domain.identity;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** The one entity a scoped grant applies to: a business module and the id of a record in it. */
public record GrantScope(String module, UUID entityId) {

    private static final Pattern MODULE = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");

    public GrantScope {
        if (module == null || !MODULE.matcher(module.trim().toLowerCase(Locale.ROOT)).matches()) {
            throw InvalidInput.of("module", "must be a module name such as 'exhibitors' or 'events'");
        }
        module = module.trim().toLowerCase(Locale.ROOT);
        Objects.requireNonNull(entityId, "entity id");
    }
}

package io.chatnation.domain.shared;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** The one entity a scoped grant applies to: a business module and the id of a record in it. */
public record GrantScope(String module, UUID entityId) {

    private static final Pattern MODULE = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");

    public GrantScope {
        module = module(module);
        Objects.requireNonNull(entityId, "entity id");
    }

    /** Validates and normalises a module name such as {@code exhibitors}. */
    public static String module(String raw) {
        String normalised = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (!MODULE.matcher(normalised).matches()) {
            throw InvalidInput.of("module", "must be a module name such as 'exhibitors' or 'events'");
        }
        return normalised;
    }
}

package io.chatnation.adapter.persistence.setup;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the database. With no external address the embedded server runs with its files under
 * {@code dataDirectory}. The schema owner migrates; the application connects as {@code appRole}.
 */
public record DatabaseSettings(Optional<DatabaseAddress> external, Path dataDirectory, int embeddedPort,
                               String appRole, String appPassword, int poolSize) {

    public DatabaseSettings {
        Objects.requireNonNull(external, "external");
        Objects.requireNonNull(dataDirectory, "data directory");
        Objects.requireNonNull(appPassword, "application role password");
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size must be positive");
        }
    }
}

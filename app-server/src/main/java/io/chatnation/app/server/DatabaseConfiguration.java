package io.chatnation.app.server;

import io.chatnation.adapter.persistence.setup.DatabaseAddress;
import io.chatnation.adapter.persistence.setup.DatabaseSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code chatnation.database.*}: an external PostgreSQL when {@code url} is set, else the embedded one.
 * {@code username}/{@code password} are the schema owner's (it migrates); the application itself
 * connects as {@code app-role}.
 */
@ConfigurationProperties("chatnation.database")
public record DatabaseConfiguration(@Nullable String url, @Nullable String username, @Nullable String password,
                                    String appRole, String appPassword, int poolSize, int embeddedPort,
                                    boolean migrateOnStart) {

    /**
     * Where and as whom to connect, the embedded server's files under {@code dataDirectory}. Shared by the
     * server's wiring and the CLI's {@code migrate}, which opens the database without migrating on open.
     */
    public DatabaseSettings settings(Path dataDirectory) {
        Optional<DatabaseAddress> external = Optional.ofNullable(url).filter(u -> !u.isBlank())
                .map(u -> new DatabaseAddress(u, username, Optional.ofNullable(password).orElse("")));
        return new DatabaseSettings(external, dataDirectory, embeddedPort, appRole, appPassword, poolSize);
    }
}

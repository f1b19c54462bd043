package io.chatnation.app.server;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code chatnation.database.*}: an external PostgreSQL when {@code url} is set, else the embedded one.
 * {@code username}/{@code password} are the schema owner's (it migrates); the application itself
 * connects as {@code app-role}.
 */
@ConfigurationProperties("chatnation.database")
public record DatabaseConfiguration(@Nullable String url, @Nullable String username, @Nullable String password,
                                    String appRole, String appPassword, int poolSize, int embeddedPort,
                                    boolean migrateOnStart) {}

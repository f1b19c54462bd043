package io.chatnation.app.cli;

import io.chatnation.adapter.persistence.setup.Database;
import io.chatnation.app.server.DatabaseConfiguration;
import io.chatnation.app.server.RuntimeDefaults;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * The database the server uses, opened on demand: on the embedded default it attaches to the server's running
 * PostgreSQL (same data folder and port) or starts it when the server is down. A failure to open it becomes
 * one clear line instead of a chain of wrapped exceptions.
 */
@Singleton
final class DatabaseConnection {

    private final BeanProvider<Database> database;
    private final BeanProvider<DatabaseConfiguration> configuration;
    private final Path dataDirectory;

    DatabaseConnection(BeanProvider<Database> database, BeanProvider<DatabaseConfiguration> configuration,
                       @Value("${" + RuntimeDefaults.DATA_DIR + "}") String dataDirectory) {
        this.database = database;
        this.configuration = configuration;
        this.dataDirectory = Path.of(dataDirectory);
    }

    /** The shared database of the application context, migrated on open unless MIGRATE_ON_START=false. */
    Database open() {
        try {
            return database.get();
        } catch (RuntimeException e) {
            throw CommandFailed.databaseUnavailable(describe(), e);
        }
    }

    /** A database of its own, not migrated on open: for {@code migrate}, which reports what migrating did. */
    Database openWithoutMigrating() {
        try {
            return Database.open(configuration.get().settings(dataDirectory), false);
        } catch (RuntimeException e) {
            throw CommandFailed.databaseUnavailable(describe(), e);
        }
    }

    String applicationRole() {
        return configuration.get().appRole();
    }

    private String describe() {
        try {
            DatabaseConfiguration config = configuration.get();
            return config.url() != null && !config.url().isBlank() ? "PostgreSQL at " + config.url()
                    : "embedded PostgreSQL in " + dataDirectory.resolve("postgres").toAbsolutePath()
                      + " on port " + config.embeddedPort();
        } catch (RuntimeException e) {
            return "its configuration is invalid: " + FailureReport.rootMessage(e);
        }
    }
}

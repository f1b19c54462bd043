package io.chatnation.app.cli;

import io.chatnation.adapter.persistence.setup.Database;
import io.chatnation.adapter.persistence.setup.DatabaseMigrator;
import io.chatnation.domain.shared.Role;
import io.micronaut.context.annotation.Prototype;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code chatnation migrate}: the schema, the application role and the role catalogue, reporting what it did. */
@Prototype
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Brings the database schema up to date (Flyway migrations), makes sure the application role"
                + " exists, and keeps the role catalogue in step with the platform's roles.",
                "Safe to run again, and while the server runs: it applies only what is missing."})
final class MigrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final DatabaseConnection database;

    MigrateCommand(DatabaseConnection database) {
        this.database = database;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = database.openWithoutMigrating()) {
            DatabaseMigrator.Outcome outcome;
            try {
                outcome = db.migrate();
            } catch (RuntimeException e) {
                throw new CommandFailed(FailureReport.DATABASE_UNAVAILABLE, "migration failed: " + FailureReport.rootMessage(e), e);
            }
            out.println("Database: " + db.describe());
            out.println(outcome.migrationsApplied() == 0
                    ? "Schema already up to date at version " + outcome.schemaVersion() + "."
                    : "Applied " + outcome.migrationsApplied() + " migration" + (outcome.migrationsApplied() == 1 ? "" : "s")
                      + ": schema now at version " + outcome.schemaVersion() + ".");
            out.println("Application role: " + database.applicationRole() + " (owns no table, cannot bypass row-level security).");
            out.println("Role catalogue: " + Role.values().length + " roles in step ("
                    + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")) + ").");
        }
        return 0;
    }
}

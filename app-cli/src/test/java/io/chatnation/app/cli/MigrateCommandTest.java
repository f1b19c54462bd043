package io.chatnation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.shared.Role;
import io.micronaut.context.ApplicationContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/** Expected versions come from the migrations the platform ships, so a new migration does not break these tests. */
class MigrateCommandTest {

    /** The versioned migrations not yet applied to {@code database}, oldest first, as Flyway resolves them. */
    static List<String> pendingVersions(String database) {
        MigrationInfo[] pending = Flyway.configure()
                .dataSource("jdbc:postgresql://localhost:" + TestCli.embeddedPort() + "/" + database, "postgres", "")
                .locations("classpath:db/migration")
                .placeholderReplacement(false)
                .load().info().pending();
        return Arrays.stream(pending).map(m -> m.getVersion().getVersion()).toList();
    }

    static String latestAppliedVersion(String database) {
        return String.valueOf(TestCli.rowsIn(database, "select version from flyway_schema_history where success "
                + "and version is not null order by installed_rank desc limit 1").get(0).get("version"));
    }

    @Test
    void on_a_database_already_in_use_it_reports_the_schema_up_to_date() {
        TestCli.newOrganisation("Already migrated");

        TestCli.Run run = TestCli.run("migrate");

        assertThat(pendingVersions("postgres")).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Database: embedded PostgreSQL, data in ")
                .contains("Schema already up to date at version " + latestAppliedVersion("postgres") + ".")
                .contains("Role catalogue: 9 roles in step (PLATFORM_ADMIN, ORG_OWNER,");
        assertThat(TestCli.count("select count(*) from roles")).isEqualTo(Role.values().length);
    }

    @Test
    void on_an_empty_database_it_applies_every_migration_then_finds_nothing_left_to_do() {
        String database = "fresh_" + UUID.randomUUID().toString().replace("-", "");
        TestCli.executeAsSuperuser("create database " + database);
        List<String> shipped = pendingVersions(database);
        assertThat(shipped).as("the platform ships migrations").isNotEmpty();
        String latest = shipped.get(shipped.size() - 1);
        // An external PostgreSQL as production runs it, here a second database of the shared server.
        try (ApplicationContext external = ChatNationCli.startContext(TestCli.properties(Map.of(
                "chatnation.database.url", "jdbc:postgresql://localhost:" + TestCli.embeddedPort() + "/" + database,
                "chatnation.database.username", "postgres",
                "chatnation.database.migrate-on-start", false,
                "chatnation.database.pool-size", 2)))) {

            TestCli.Run first = TestCli.run(external, "migrate");
            TestCli.Run second = TestCli.run(external, "migrate");

            assertThat(first.exitCode()).isZero();
            assertThat(first.out()).contains("Database: PostgreSQL at jdbc:postgresql://localhost:")
                    .contains("Applied " + shipped.size() + " migration" + (shipped.size() == 1 ? "" : "s")
                            + ": schema now at version " + latest + ".");
            assertThat(TestCli.rowsIn(database, "select key from roles")).hasSize(Role.values().length);
            assertThat(TestCli.rowsIn(database, "select version from flyway_schema_history where success and version is not null"))
                    .extracting(row -> row.get("version")).containsExactlyInAnyOrderElementsOf(shipped);
            assertThat(pendingVersions(database)).isEmpty();
            assertThat(second.exitCode()).isZero();
            assertThat(second.out()).contains("Schema already up to date at version " + latest + ".");
        }
    }
}

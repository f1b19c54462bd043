package io.chatnation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.shared.Role;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MigrateCommandTest {

    @Test
    void on_a_database_already_in_use_it_reports_the_schema_up_to_date() {
        TestCli.newOrganisation("Already migrated");

        TestCli.Run run = TestCli.run("migrate");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Database: embedded PostgreSQL, data in ")
                .contains("Schema already up to date at version 1.")
                .contains("Role catalogue: 9 roles in step (PLATFORM_ADMIN, ORG_OWNER,");
        assertThat(TestCli.count("select count(*) from roles")).isEqualTo(Role.values().length);
    }

    @Test
    void on_an_empty_database_it_applies_every_migration_then_finds_nothing_left_to_do() {
        String database = "fresh_" + UUID.randomUUID().toString().replace("-", "");
        TestCli.executeAsSuperuser("create database " + database);
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
                    .contains("Applied 1 migration: schema now at version 1.");
            assertThat(TestCli.rowsIn(database, "select key from roles")).hasSize(Role.values().length);
            assertThat(TestCli.rowsIn(database, "select version from flyway_schema_history where success and version is not null"))
                    .hasSize(1);
            assertThat(second.exitCode()).isZero();
            assertThat(second.out()).contains("Schema already up to date at version 1.");
        }
    }
}

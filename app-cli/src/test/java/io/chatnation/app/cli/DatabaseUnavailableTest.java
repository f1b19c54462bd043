package io.chatnation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A PostgreSQL that does not answer: the commands that need it say so in one line; the rest still work. */
class DatabaseUnavailableTest {

    private static ApplicationContext unreachable;
    private static String url;

    @BeforeAll
    static void aDatabaseNobodyListensOn() {
        url = "jdbc:postgresql://localhost:" + TestCli.freePort() + "/chatnation";
        unreachable = ChatNationCli.startContext(TestCli.properties(Map.of("chatnation.database.url", url)));
    }

    @AfterAll
    static void close() {
        unreachable.close();
    }

    @Test
    void a_command_that_needs_the_database_fails_with_one_clear_line() {
        TestCli.Run run = TestCli.run(unreachable, "user", "add", "--org", "01a23000-0000-7000-8000-000000000001",
                "--email", "ops@example.com", "--name", "Ops", "--role", "VIEWER");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("error: cannot reach the database (PostgreSQL at " + url + "): Connection to localhost:")
                .contains("refused").hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void migrate_fails_the_same_way() {
        TestCli.Run run = TestCli.run(unreachable, "migrate");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("error: cannot reach the database (PostgreSQL at " + url + ")").hasLineCount(1);
    }

    @Test
    void verbose_adds_the_stack_trace_after_the_line() {
        TestCli.Run run = TestCli.run(unreachable, "apikey", "create", "--org", "01a23000-0000-7000-8000-000000000001",
                "--name", "k", "--scopes", "org:read", "--verbose");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().lines().findFirst()).hasValueSatisfying(first -> assertThat(first).startsWith("error: cannot reach the database"));
        assertThat(run.err()).contains("\tat ").contains("Caused by: ");
    }

    @Test
    void help_and_input_errors_need_no_database() {
        assertThat(TestCli.run(unreachable, "user", "add", "--help").exitCode()).isZero();
        assertThat(TestCli.run(unreachable, "user", "add", "--org", "nope", "--email", "a@b.io", "--name", "A", "--role", "VIEWER")
                .err()).isEqualTo("error: --org: is not a valid id" + System.lineSeparator());
    }
}

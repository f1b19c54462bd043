package io.chatnation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HelpAndUsageTest {

    static Stream<Arguments> commandsAndTheirOptions() {
        return Stream.of(
                Arguments.of(List.of(), List.of("--help", "--version", "--verbose", "migrate", "org", "user", "apikey", "audit",
                        "wallet")),
                Arguments.of(List.of("migrate"), List.of("--help", "--version", "Flyway")),
                Arguments.of(List.of("org"), List.of("--help", "create")),
                Arguments.of(List.of("org", "create"), List.of("--name", "--owner-email", "--owner-name", "--owner-password",
                        "--dashboard-url")),
                Arguments.of(List.of("user"), List.of("--help", "add")),
                Arguments.of(List.of("user", "add"), List.of("--org", "--email", "--name", "--role", "--password", "PLATFORM_ADMIN")),
                Arguments.of(List.of("apikey"), List.of("--help", "create")),
                Arguments.of(List.of("apikey", "create"), List.of("--org", "--name", "--scopes")),
                Arguments.of(List.of("audit"), List.of("--help", "export")),
                Arguments.of(List.of("audit", "export"), List.of("--org", "--format", "--output", "--from", "--to", "--action",
                        "--actor", "--entity-type", "--entity-id")),
                Arguments.of(List.of("wallet"), List.of("--help", "show", "adjust", "transactions")),
                Arguments.of(List.of("wallet", "show"), List.of("--org", "threshold")),
                Arguments.of(List.of("wallet", "adjust"), List.of("--org", "--amount", "--reason", "never zero")),
                Arguments.of(List.of("wallet", "transactions"), List.of("--org", "--export", "--output", "--type", "--from",
                        "--to")));
    }

    @ParameterizedTest(name = "chatnation {0} --help")
    @MethodSource("commandsAndTheirOptions")
    void every_command_explains_itself_with_help(List<String> command, List<String> mentioned) {
        TestCli.Run run = TestCli.run(Stream.concat(command.stream(), Stream.of("--help")).toArray(String[]::new));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: chatnation" + (command.isEmpty() ? "" : " " + String.join(" ", command)))
                .contains(mentioned).contains("Exit codes:");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void the_version_is_the_projects() {
        TestCli.Run run = TestCli.run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("chatnation 0.1.0-SNAPSHOT").doesNotContain("${");
    }

    @Test
    void a_command_group_without_its_subcommand_is_a_usage_error() {
        TestCli.Run run = TestCli.run("audit");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: Missing required subcommand (see 'chatnation audit --help')" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void an_unknown_option_is_named_in_one_line() {
        TestCli.Run run = TestCli.run("apikey", "create", "--org", "x", "--name", "n", "--scopes", "org:read", "--expires", "tomorrow");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown options: '--expires', 'tomorrow'").hasLineCount(1);
    }

    @Test
    void an_unknown_command_is_a_usage_error() {
        TestCli.Run run = TestCli.run("tenant", "delete");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: Unmatched arguments from index 0: 'tenant', 'delete'").hasLineCount(1);
    }
}

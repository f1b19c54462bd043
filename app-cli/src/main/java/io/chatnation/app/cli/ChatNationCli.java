package io.chatnation.app.cli;

import io.chatnation.app.server.RuntimeDefaults;
import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code chatnation}: the root command, and the start-up that gives it the server's wiring without HTTP. */
@Command(name = "chatnation", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Administers a ChatNation platform through the same use cases and database as the server.",
        subcommands = {MigrateCommand.class, OrgCommand.class, UserCommand.class, ApiKeyCommand.class, AuditCommand.class,
                WalletCommand.class, ContactsCommand.class, SandboxCommand.class},
        footer = {"", "Exit codes: 0 done; 1 refused (not found, conflict, a rule); 2 bad usage or input;"
                + " 3 database unavailable or failing."})
public final class ChatNationCli {

    /** Read by {@link FailureReport} from the parse result; declared here so every command offers it. */
    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "On failure, print the stack trace too.")
    boolean verbose;

    public static void main(String[] args) {
        // Before the first logger exists: stdout is the command's output, so only warnings are logged, to stderr.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        ApplicationContext context;
        try {
            context = startContext(RuntimeDefaults.properties());
        } catch (RuntimeException e) {
            err.println("error: cannot start: " + FailureReport.rootMessage(e));
            return FailureReport.REFUSED;
        }
        try (context) {
            return commandLine(context, out, err).execute(args);
        }
    }

    /**
     * The server's beans without its HTTP server. Nothing here touches the database: it is opened by the first
     * command that needs it, so {@code --help} and usage errors work without one.
     */
    public static ApplicationContext startContext(Map<String, Object> properties) {
        return ApplicationContext.builder(ChatNationCli.class, Environment.CLI)
                .deduceEnvironment(false)
                .properties(properties)
                .start();
    }

    public static CommandLine commandLine(ApplicationContext context, PrintWriter out, PrintWriter err) {
        FailureReport failures = new FailureReport();
        return new CommandLine(ChatNationCli.class, new MicronautFactory(context))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(failures)
                .setExecutionExceptionHandler(failures);
    }
}

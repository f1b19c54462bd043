package io.chatnation.app.cli;

import io.chatnation.adapter.persistence.shared.DatabaseFailure;
import io.chatnation.domain.shared.DomainException;
import io.chatnation.domain.shared.InvalidInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and an exit code a script can act on; the stack trace only
 * with {@code --verbose}. Usage errors name the option, rejected input names the field (the option).
 */
final class FailureReport implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

    static final int REFUSED = 1;
    static final int USAGE = 2;
    static final int DATABASE_UNAVAILABLE = 3;

    private static final String UNDEFINED_TABLE = "42P01";

    private record Failure(int exitCode, String message) {}

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + oneLine(e.getMessage()) + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        Failure failure = classify(e);
        PrintWriter err = command.getErr();
        err.println("error: " + oneLine(failure.message()));
        if (verbose(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return failure.exitCode();
    }

    private static Failure classify(Exception e) {
        Optional<InvalidInput> invalid = find(e, InvalidInput.class);
        if (invalid.isPresent()) {
            return new Failure(USAGE, invalid.get().errors().stream().map(f -> f.field() + ": " + f.message())
                    .collect(Collectors.joining("; ")));
        }
        Optional<DomainException> refused = find(e, DomainException.class);
        if (refused.isPresent()) {
            return new Failure(REFUSED, refused.get().getMessage());
        }
        Optional<CommandFailed> diagnosed = find(e, CommandFailed.class);
        if (diagnosed.isPresent()) {
            return new Failure(diagnosed.get().exitCode(), diagnosed.get().getMessage());
        }
        if (find(e, DatabaseFailure.class).isPresent()) {
            Optional<SQLException> sql = find(e, SQLException.class);
            String hint = sql.map(SQLException::getSQLState).filter(UNDEFINED_TABLE::equals).isPresent()
                    ? " (the schema is missing: run 'chatnation migrate')" : "";
            return new Failure(DATABASE_UNAVAILABLE, "database error: " + rootMessage(e) + hint);
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return new Failure(REFUSED, rootMessage(e));
        }
        return new Failure(REFUSED, "unexpected failure: " + e + " (run again with --verbose for the stack trace)");
    }

    /** The innermost explanation: a driver's message says more than the wrappers around it. */
    static String rootMessage(Throwable e) {
        Optional<SQLException> sql = find(e, SQLException.class);
        if (sql.isPresent() && sql.get().getMessage() != null) {
            return sql.get().getMessage();
        }
        // The embedded server's start-up failure says where and on which port; its cause only that it gave up.
        Optional<UncheckedIOException> io = find(e, UncheckedIOException.class)
                .filter(u -> u.getCause() == null || !u.getMessage().equals(u.getCause().toString()));
        if (io.isPresent()) {
            return io.get().getMessage();
        }
        String message = e.toString();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message;
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}

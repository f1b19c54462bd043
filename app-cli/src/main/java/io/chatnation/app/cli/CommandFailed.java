package io.chatnation.app.cli;

/** A failure the CLI itself diagnosed, with the exit code and the one line that explain it. */
final class CommandFailed extends RuntimeException {

    private final int exitCode;

    CommandFailed(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static CommandFailed databaseUnavailable(String database, Throwable cause) {
        return new CommandFailed(FailureReport.DATABASE_UNAVAILABLE,
                "cannot reach the database (" + database + "): " + FailureReport.rootMessage(cause), cause);
    }

    int exitCode() {
        return exitCode;
    }
}

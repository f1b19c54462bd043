package io.chatnation.adapter.persistence.shared;

/** The database could not do what was asked for a reason that is not the caller's fault. */
public final class DatabaseFailure extends RuntimeException {
    public DatabaseFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

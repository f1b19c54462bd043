package io.chatnation.domain.shared;

/**
 * A business rejection. The sealed hierarchy is small on purpose: each subtype maps to exactly one
 * HTTP status at the web edge and one exit message in the CLI.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInput, NotFound, Conflict, AccessDenied, AuthenticationFailed, RuleViolated,
        InsufficientTokens {

    protected DomainException(String message) {
        super(message, null, false, false);
    }
}

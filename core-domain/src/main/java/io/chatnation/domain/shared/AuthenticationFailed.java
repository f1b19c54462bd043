package io.chatnation.domain.shared;

/** Credentials or tokens were wrong, expired or revoked. Deliberately vague about which. */
public final class AuthenticationFailed extends DomainException {
    public AuthenticationFailed(String message) {
        super(message);
    }
}

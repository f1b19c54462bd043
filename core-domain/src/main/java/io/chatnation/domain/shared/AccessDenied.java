package io.chatnation.domain.shared;

/** The caller is known but lacks the permission the use case requires. */
public final class AccessDenied extends DomainException {
    public AccessDenied(String message) {
        super(message);
    }
}

package io.chatnation.domain.shared;

/** The request collides with existing state (a taken e-mail, a duplicate grant). */
public final class Conflict extends DomainException {
    public Conflict(String message) {
        super(message);
    }
}

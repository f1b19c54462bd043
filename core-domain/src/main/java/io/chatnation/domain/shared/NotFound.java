package io.chatnation.domain.shared;

/** The addressed thing does not exist in the caller's organisation. */
public final class NotFound extends DomainException {
    public NotFound(String what) {
        super(what + " not found");
    }
}

package io.chatnation.domain.shared;

/** The input is well-formed but a business rule forbids the change (e.g. removing the last owner). */
public final class RuleViolated extends DomainException {

    private final String rule;

    public RuleViolated(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A stable, machine-readable name of the rule, e.g. {@code organisationKeepsAnOwner}. */
    public String rule() {
        return rule;
    }
}

package io.chatnation.domain.audit;

import io.chatnation.domain.shared.InvalidInput;
import java.util.regex.Pattern;

/** A namespaced verb such as {@code member.role_changed} or {@code survey.response.submitted}. */
public record AuditAction(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$");

    public AuditAction {
        if (value == null || value.length() > 100 || !SHAPE.matcher(value).matches()) {
            throw InvalidInput.of("action", "must look like 'module.verb'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

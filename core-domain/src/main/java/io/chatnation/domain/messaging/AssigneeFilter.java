package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.UserId;
import java.util.Objects;

/** Whose conversations an inbox list shows: the caller's, nobody's, or one member's. */
public sealed interface AssigneeFilter {

    record Me() implements AssigneeFilter {}

    record Unassigned() implements AssigneeFilter {}

    record Member(UserId user) implements AssigneeFilter {
        public Member {
            Objects.requireNonNull(user, "user");
        }
    }

    /** {@code me}, {@code unassigned} or a member's user id. */
    static AssigneeFilter parse(String field, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.equalsIgnoreCase("me")) {
            return new Me();
        }
        if (value.equalsIgnoreCase("unassigned")) {
            return new Unassigned();
        }
        try {
            return new Member(UserId.of(value));
        } catch (InvalidInput e) {
            throw InvalidInput.of(field, "must be me, unassigned or a member's id");
        }
    }
}

package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Optional;

/**
 * Which conversations an inbox list shows; every criterion optional. {@code search} matches the contact's name or
 * number and the text of the conversation's messages.
 */
public record InboxFilter(Optional<ConversationStatus> status, Optional<String> label,
                          Optional<AssigneeFilter> assigned, Optional<Boolean> unread, Optional<String> search) {

    public InboxFilter {
        status = status == null ? Optional.empty() : status;
        label = label == null ? Optional.empty() : label.map(String::strip).filter(s -> !s.isEmpty());
        assigned = assigned == null ? Optional.empty() : assigned;
        unread = unread == null ? Optional.empty() : unread;
        search = search == null ? Optional.empty() : search.map(String::strip).filter(s -> !s.isEmpty());
        search.filter(s -> s.length() > 100).ifPresent(s -> {
            throw InvalidInput.of("search", "must be at most 100 characters");
        });
        label.filter(s -> s.length() > 100).ifPresent(s -> {
            throw InvalidInput.of("label", "must be at most 100 characters");
        });
    }

    public static InboxFilter everything() {
        return new InboxFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The same filter with the assignee criterion replaced, e.g. "me" resolved to the caller's id. */
    public InboxFilter withAssigned(Optional<AssigneeFilter> replacement) {
        return new InboxFilter(status, label, replacement, unread, search);
    }
}

package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.Conflict;
import io.chatnation.domain.shared.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the agents' side of a conversation holds: open or resolved, whether a person has taken it over from the bot,
 * and who is on it. Each change returns the new state and refuses a move that makes no sense, so an agent who clicks
 * "resolve" on a conversation a colleague just resolved learns it rather than silently repeating it.
 */
public record InboxState(ConversationStatus status, boolean humanTakeover, Optional<UserId> assignee) {

    public InboxState {
        Objects.requireNonNull(status, "status");
        assignee = assignee == null ? Optional.empty() : assignee;
    }

    public InboxState resolved() {
        if (status == ConversationStatus.RESOLVED) {
            throw new Conflict("The conversation is already resolved");
        }
        return new InboxState(ConversationStatus.RESOLVED, humanTakeover, assignee);
    }

    public InboxState reopened() {
        if (status == ConversationStatus.OPEN) {
            throw new Conflict("The conversation is already open");
        }
        return new InboxState(ConversationStatus.OPEN, humanTakeover, assignee);
    }

    /** Taking over (or handing back) twice is harmless: the wanted state is reached either way. */
    public InboxState withHumanTakeover(boolean on) {
        return new InboxState(status, on, assignee);
    }

    public InboxState assignedTo(Optional<UserId> user) {
        return new InboxState(status, humanTakeover, user);
    }

    /** The state as the audit trail keeps it: ids and flags only. */
    public Map<String, Object> asAuditValues() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status.wireName());
        out.put("humanTakeover", humanTakeover);
        out.put("assignee", assignee.map(UserId::toString).orElse(""));
        return out;
    }
}

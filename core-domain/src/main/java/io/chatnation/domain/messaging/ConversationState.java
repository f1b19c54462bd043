package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.RuleViolated;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a conversation stands with the bot. IDLE: no process holds it, so a message goes through keywords and the
 * default reply. LOCKED: a conversational process is at one of its steps and the contact's next message is its
 * answer. WAITING: the process waits for something outside the chat (a payment, an approval) and is resumed by it.
 */
public enum ConversationState {
    IDLE, LOCKED, WAITING;

    /**
     * Where each state may go next. A process may wait at once when it starts (a ticket purchase that sends a payment
     * prompt); staying LOCKED is a process moving on to its next step, staying WAITING one still waiting after the
     * contact wrote meanwhile. An IDLE conversation has nothing to release.
     */
    private Set<ConversationState> next() {
        return switch (this) {
            case IDLE -> EnumSet.of(LOCKED, WAITING);
            case LOCKED, WAITING -> EnumSet.of(LOCKED, WAITING, IDLE);
        };
    }

    public boolean canMoveTo(ConversationState target) {
        return next().contains(target);
    }

    /** The target state, or a refusal naming both ends when the move makes no sense (e.g. IDLE to WAITING). */
    public ConversationState moveTo(ConversationState target) {
        if (!canMoveTo(target)) {
            throw new RuleViolated("conversationStateTransition",
                    "A conversation cannot move from " + this + " to " + target);
        }
        return target;
    }
}

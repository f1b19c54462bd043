package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.RuleViolated;
import java.util.Objects;
import java.util.Optional;

/**
 * A conversation's state with the position of the process holding it: IDLE has none, LOCKED and WAITING always one.
 * Every change goes through {@link ConversationState#moveTo}, so an illegal transition is refused before anything is
 * stored.
 */
public record ConversationProgress(ConversationState state, Optional<ProcessPosition> position) {

    public ConversationProgress {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(position, "position");
        if ((state == ConversationState.IDLE) != position.isEmpty()) {
            throw new IllegalArgumentException(state + " conversations " + (position.isEmpty() ? "need" : "have no")
                    + " process position");
        }
    }

    public static ConversationProgress idle() {
        return new ConversationProgress(ConversationState.IDLE, Optional.empty());
    }

    /** A process takes the conversation, or the process holding it moves on to its next step. */
    public ConversationProgress lock(ProcessPosition at) {
        return new ConversationProgress(state.moveTo(ConversationState.LOCKED), Optional.of(heldBySame(at)));
    }

    /** The process now waits for an outside event before the conversation goes on. */
    public ConversationProgress await(ProcessPosition at) {
        return new ConversationProgress(state.moveTo(ConversationState.WAITING), Optional.of(heldBySame(at)));
    }

    /** The position an outside event resumes; refused unless the conversation waits for {@code process}. */
    public ProcessPosition waitingFor(String process) {
        if (state != ConversationState.WAITING || !position.orElseThrow().process().equals(process)) {
            throw new RuleViolated("conversationWaitsForProcess", "The conversation is not waiting for " + process);
        }
        return position.get();
    }

    /** One process at a time: another may take the conversation only once the holder finished or was abandoned. */
    private ProcessPosition heldBySame(ProcessPosition at) {
        if (position.isPresent() && !position.get().process().equals(at.process())) {
            throw new RuleViolated("oneProcessAtATime", "The conversation is held by " + position.get().process()
                    + "; " + at.process() + " cannot take it");
        }
        return at;
    }

    /** The process finished or was abandoned: the conversation is free again. */
    public ConversationProgress release() {
        return new ConversationProgress(state.moveTo(ConversationState.IDLE), Optional.empty());
    }

    public boolean isIdle() {
        return state == ConversationState.IDLE;
    }

    /** Held by a process whose time ran out: the next message must not be taken as its answer. */
    public boolean expiredAt(java.time.Instant now) {
        return position.map(p -> p.expiredAt(now)).orElse(false);
    }
}

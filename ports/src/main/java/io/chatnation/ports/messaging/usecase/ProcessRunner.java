package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ConversationProgress;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.ProcessPosition;
import io.chatnation.ports.messaging.out.ConversationalProcess;
import io.chatnation.ports.messaging.out.ConversationalProcess.Step;
import io.chatnation.ports.messaging.out.ConversationalProcess.Trigger;
import io.chatnation.ports.messaging.out.ConversationalProcess.Turn;
import java.util.List;
import java.util.Optional;

/**
 * Runs a conversational process for one message and turns the step it answers into the conversation's next state:
 * its replies are collected for the caller to queue, its next step is held until the process's timeout.
 */
final class ProcessRunner {

    /** A menu may hand over to a process that hands over again, but never round in circles. */
    private static final int MAX_HANDOVERS = 3;

    private final ProcessRegistry registry;

    ProcessRunner(ProcessRegistry registry) {
        this.registry = registry;
    }

    ProcessRegistry registry() {
        return registry;
    }

    ConversationProgress start(ConversationalProcess process, Trigger trigger, Turn turn, ConversationProgress from,
                               List<OutboundContent> replies) {
        return apply(process, process.start(turn, trigger), turn, from, replies, 0);
    }

    ConversationProgress continueWith(ConversationalProcess process, ProcessPosition at, Turn turn,
                                      ConversationProgress from, List<OutboundContent> replies) {
        return apply(process, process.continueWith(turn, at), turn, from, replies, 0);
    }

    private ConversationProgress apply(ConversationalProcess process, Step step, Turn turn, ConversationProgress from,
                                       List<OutboundContent> replies, int handovers) {
        replies.addAll(step.replies());
        if (step instanceof Step.Continue next) {
            return from.lock(new ProcessPosition(process.name(), next.step(), next.data(),
                    turn.now().plus(process.timeout())));
        }
        if (step instanceof Step.Await await) {
            return from.await(new ProcessPosition(process.name(), await.step(), await.data(),
                    turn.now().plus(process.timeout())));
        }
        ConversationProgress free = from.isIdle() ? from : from.release();
        if (step instanceof Step.HandOver handOver && handovers < MAX_HANDOVERS) {
            Optional<ConversationalProcess> target = registry.forKeyword(handOver.keyword());
            if (target.isPresent()) {
                ConversationalProcess next = target.get();
                Step first = next.start(turn, new Trigger(handOver.keyword(), Trigger.Kind.HANDOVER));
                return apply(next, first, turn, free, replies, handovers + 1);
            }
        }
        return free;
    }
}

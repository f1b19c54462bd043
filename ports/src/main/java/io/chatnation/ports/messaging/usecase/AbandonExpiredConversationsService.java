package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ConversationProgress;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.ProcessPosition;
import io.chatnation.domain.shared.ActorType;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.ports.messaging.in.AbandonExpiredConversations;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.messaging.out.ChannelAlerts;
import io.chatnation.ports.messaging.out.ChannelConnector;
import io.chatnation.ports.messaging.out.ConversationalProcess;
import io.chatnation.ports.messaging.out.Conversations;
import io.chatnation.ports.messaging.out.Conversations.ConversationSnapshot;
import io.chatnation.ports.messaging.out.Messages;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class AbandonExpiredConversationsService implements AbandonExpiredConversations {

    private final UnitOfWork uow;
    private final Conversations conversations;
    private final ProcessRegistry processes;
    private final RecordAuditEntry audit;
    private final UnpromptedReplies replies;
    private final Clock clock;

    public AbandonExpiredConversationsService(UnitOfWork uow, Conversations conversations, Messages messages,
                                              ChannelAccounts accounts, ChannelConnector connector,
                                              ChannelAlerts alerts, ProcessRegistry processes, RecordAuditEntry audit,
                                              IdGenerator ids, Clock clock) {
        this.uow = uow;
        this.conversations = conversations;
        this.processes = processes;
        this.audit = audit;
        this.replies = new UnpromptedReplies(uow, accounts, messages, connector, alerts, ids, clock);
        this.clock = clock;
    }

    @Override
    public int abandonExpired(int max) {
        Instant now = clock.instant();
        int abandoned = 0;
        for (Conversations.Expired expired : uow.withoutOrganization(() -> conversations.expired(now, max))) {
            Optional<UnpromptedReplies.Pending> notice = Optional.empty();
            boolean done = uow.inOrganization(expired.org(), () -> {
                Optional<ConversationSnapshot> found = conversations.findForUpdate(expired.conversation());
                // The contact may have written (and moved the process on) since the list was read.
                if (found.isEmpty() || !found.get().progress().expiredAt(now)) {
                    return Optional.<Optional<UnpromptedReplies.Pending>>empty();
                }
                return Optional.of(abandon(expired, found.get(), now));
            }).map(pending -> {
                pending.ifPresent(p -> replies.send(expired.org(), p));
                return true;
            }).orElse(false);
            abandoned += done ? 1 : 0;
        }
        return abandoned;
    }

    private Optional<UnpromptedReplies.Pending> abandon(Conversations.Expired expired, ConversationSnapshot conversation,
                                                        Instant now) {
        ProcessPosition at = conversation.progress().position().orElseThrow();
        conversations.moveTo(conversation.id(), conversation.progress().release(), now);
        Caller sweep = new Caller(expired.org(), ActorType.SYSTEM, InboundRouter.PIPELINE_ACTOR, Set.of(), null);
        // The process and its step say what was abandoned; the data the contact gave it stays out of the trail.
        audit.record(new RecordAuditEntry.Command(sweep, "conversation.abandoned", "conversation",
                Optional.of(conversation.id().value()),
                Optional.of(Map.of("state", conversation.progress().state().name(), "process", at.process(), "step", at.step())),
                Optional.of(Map.of("state", ConversationProgress.idle().state().name())), Map.of("reason", "timeout")));
        Optional<String> notice = processes.named(at.process()).flatMap(ConversationalProcess::timeoutNotice);
        // Nothing is said to a contact an agent has taken over: the agent speaks for the organisation now.
        if (notice.isEmpty() || conversation.humanTakeover()) {
            return Optional.empty();
        }
        return replies.queue(conversation, List.of(OutboundContent.TextMessage.of(notice.get())), now);
    }
}

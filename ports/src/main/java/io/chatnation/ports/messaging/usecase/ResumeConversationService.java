package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.Contact;
import io.chatnation.domain.messaging.ConversationProgress;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.ProcessPosition;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.ports.messaging.in.ResumeConversation;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.messaging.out.ChannelAlerts;
import io.chatnation.ports.messaging.out.ChannelConnector;
import io.chatnation.ports.messaging.out.ContactDirectory;
import io.chatnation.ports.messaging.out.ConversationalProcess;
import io.chatnation.ports.messaging.out.ConversationalProcess.Turn;
import io.chatnation.ports.messaging.out.Conversations;
import io.chatnation.ports.messaging.out.Conversations.ConversationSnapshot;
import io.chatnation.ports.messaging.out.Messages;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class ResumeConversationService implements ResumeConversation {

    private final UnitOfWork uow;
    private final Conversations conversations;
    private final ContactDirectory contacts;
    private final ProcessRunner runner;
    private final UnpromptedReplies replies;
    private final Clock clock;

    public ResumeConversationService(UnitOfWork uow, Conversations conversations, ContactDirectory contacts,
                                     Messages messages, ChannelAccounts accounts, ChannelConnector connector,
                                     ChannelAlerts alerts, ProcessRegistry processes, IdGenerator ids, Clock clock) {
        this.uow = uow;
        this.conversations = conversations;
        this.contacts = contacts;
        this.runner = new ProcessRunner(processes);
        this.replies = new UnpromptedReplies(uow, accounts, messages, connector, alerts, ids, clock);
        this.clock = clock;
    }

    @Override
    public Outcome resume(Command command) {
        Instant now = clock.instant();
        Optional<Optional<UnpromptedReplies.Pending>> resumed = uow.inOrganization(command.org(), () -> {
            Optional<ConversationSnapshot> found = conversations.findForUpdate(command.contact());
            Optional<ConversationalProcess> process = runner.registry().named(command.process());
            if (found.isEmpty() || process.isEmpty() || !waitsFor(found.get().progress(), command.process(), now)) {
                return Optional.empty();
            }
            ConversationSnapshot conversation = found.get();
            ProcessPosition at = conversation.progress().waitingFor(command.process());
            Optional<Contact> contact = contacts.find(command.contact()).filter(c -> !c.optedOut() && !c.blocked())
                    .map(c -> new Contact(c.id(), new WhatsAppIdentity(c.phone(), c.waUserId()),
                            c.profile().name(), c.optedOut(), c.lastInboundAt()));
            if (contact.isEmpty()) {
                return Optional.empty();
            }
            List<OutboundContent> answer = new ArrayList<>();
            Turn turn = new Turn(command.org(), contact.get(), conversation.id(), Optional.empty(), Optional.empty(),
                    command.event(), now);
            ConversationProgress next = runner.continueWith(process.get(), at, turn, conversation.progress(), answer);
            conversations.moveTo(conversation.id(), next, now);
            return Optional.of(replies.queue(conversation, answer, now));
        });
        resumed.flatMap(p -> p).ifPresent(pending -> replies.send(command.org(), pending));
        return resumed.isPresent() ? Outcome.RESUMED : Outcome.NOT_WAITING;
    }

    private static boolean waitsFor(ConversationProgress progress, String process, Instant now) {
        return progress.position().filter(p -> p.process().equals(process)).isPresent()
                && progress.state() == io.chatnation.domain.messaging.ConversationState.WAITING
                && !progress.expiredAt(now);
    }
}

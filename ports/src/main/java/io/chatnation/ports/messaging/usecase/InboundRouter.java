package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ConsentKeyword;
import io.chatnation.domain.messaging.Contact;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.ConversationProgress;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.ProcessPosition;
import io.chatnation.domain.messaging.RoutingSettings;
import io.chatnation.domain.shared.ActorType;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.messaging.out.Contacts;
import io.chatnation.ports.messaging.out.ConversationalProcess;
import io.chatnation.ports.messaging.out.ConversationalProcess.Trigger;
import io.chatnation.ports.messaging.out.ConversationalProcess.Turn;
import io.chatnation.ports.messaging.out.Conversations;
import io.chatnation.ports.messaging.out.Conversations.ConversationSnapshot;
import io.chatnation.ports.messaging.out.Messages;
import io.chatnation.ports.messaging.out.Messages.QueuedReply;
import io.chatnation.ports.messaging.out.Messages.StoredInbound;
import io.chatnation.ports.messaging.out.MessagingSettings;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Routes one stored inbound message, inside its organisation's transaction: resolves (or creates) the contact and
 * its conversation, and decides the answer, which is queued rather than sent so that routing, the conversation's new
 * state and the reply commit together. The order is ARCHITECTURE.md §4's: blocked? kept, never answered · consent
 * word? change consent and confirm · opted out? silent · human takeover? silent, agents answer from the inbox ·
 * a process holds the conversation? it continues · keyword? start its process · deep-link code? start its process ·
 * else the default reply (and the menu, when the organisation has one).
 */
final class InboundRouter {

    /** The actor of consent changes made on the contact's own word: the platform, acting on the inbound pipeline. */
    static final UUID PIPELINE_ACTOR = UUID.nameUUIDFromBytes("chatnation:messaging:inbound".getBytes(StandardCharsets.UTF_8));
    private static final String CONSENT_SOURCE = "whatsapp_keyword";

    private final Contacts contacts;
    private final Conversations conversations;
    private final Messages messages;
    private final MessagingSettings settings;
    private final ProcessRunner processes;
    private final BotReplies bot;
    private final RecordAuditEntry audit;
    private final ReplyTexts replies;
    private final IdGenerator ids;
    private final Clock clock;

    InboundRouter(Contacts contacts, Conversations conversations, Messages messages, MessagingSettings settings,
                  ProcessRegistry registry, RecordAuditEntry audit, ReplyTexts replies, IdGenerator ids, Clock clock) {
        this.contacts = contacts;
        this.conversations = conversations;
        this.messages = messages;
        this.settings = settings;
        this.processes = new ProcessRunner(registry);
        this.bot = new BotReplies(messages, ids);
        this.audit = audit;
        this.replies = replies;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Routes the message unless an earlier run already did (the job is delivered at least once); answers the replies
     * this run queued, or nothing when an earlier run had routed it.
     */
    Optional<List<QueuedReply>> route(OrgId org, ChannelAccount account, StoredInbound message) {
        if (message.handled()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Contact contact = contactOf(message, now);
        ConversationId conversationId = conversations.touch(contact.id(), account.id(), now);
        ConversationSnapshot conversation = conversations.findForUpdate(conversationId).orElseThrow();
        RoutingSettings routing = settings.routing().orElseGet(RoutingSettings::none);
        ConversationProgress progress = conversation.progress();
        List<OutboundContent> answer = new ArrayList<>();

        Optional<ConsentKeyword> consent = message.text().flatMap(routing::consentIn);
        boolean blocked = contacts.isBlocked(contact.id());
        if (consent.isPresent()) {
            answer.add(OutboundContent.TextMessage.of(changeConsent(org, contact, consent.get(), message, now)));
            if (consent.get() == ConsentKeyword.OPT_OUT && !progress.isIdle()) {
                // Whatever the contact was in the middle of, they asked us to stop.
                progress = progress.release();
            }
        } else if (!blocked && !contact.optedOut() && !conversation.humanTakeover() && !message.type().equals("reaction")) {
            Turn turn = new Turn(org, contact, conversationId, message.text().or(message::choiceTitle), message.choice(),
                    Map.of(), now);
            progress = answer(turn, progress, routing, answer);
        }
        if (blocked) {
            // A blocked contact's messages are kept (and a STOP still counts) but never answered.
            answer.clear();
        }
        if (!progress.equals(conversation.progress())) {
            conversations.moveTo(conversationId, progress, now);
        }
        List<QueuedReply> queued = bot.queue(answer, account.id(), conversationId, contact.id(), contact.identity(),
                message.id(), now);
        messages.markHandled(message.id(), contact.id(), conversationId, now);
        return Optional.of(queued);
    }

    private ConversationProgress answer(Turn turn, ConversationProgress progress, RoutingSettings routing,
                                        List<OutboundContent> answer) {
        if (!progress.isIdle()) {
            ProcessPosition at = progress.position().orElseThrow();
            Optional<ConversationalProcess> holder = processes.registry().named(at.process());
            if (holder.isPresent() && !progress.expiredAt(turn.now())) {
                return processes.continueWith(holder.get(), at, turn, progress, answer);
            }
            // Timed out before the sweep came by (or its module is gone): this message starts afresh.
            progress = progress.release();
        }
        Optional<ProcessRegistry.Match> started = turn.text().flatMap(processes.registry()::keywordIn);
        Trigger.Kind kind = Trigger.Kind.KEYWORD;
        if (started.isEmpty()) {
            started = turn.text().flatMap(processes.registry()::deepLinkIn);
            kind = Trigger.Kind.DEEP_LINK;
        }
        if (started.isPresent()) {
            return processes.start(started.get().process(), new Trigger(started.get().word(), kind), turn, progress,
                    answer);
        }
        // Approval mode (drafts for an agent) and AI answers join here, before the default reply, when they arrive.
        Optional<ConversationalProcess> menu = routing.menu().flatMap(m -> processes.registry().named(MenuProcess.NAME));
        if (menu.isPresent()) {
            // The organisation's menu is its default answer, after its own greeting if it wrote one.
            routing.defaultReply().ifPresent(text -> answer.add(OutboundContent.TextMessage.of(text)));
            return processes.start(menu.get(), new Trigger(MenuProcess.KEYWORD, Trigger.Kind.HANDOVER), turn,
                    progress, answer);
        }
        answer.add(OutboundContent.TextMessage.of(routing.defaultReply().orElse(replies.defaultReply())));
        return progress;
    }

    private Contact contactOf(StoredInbound message, Instant now) {
        Optional<Contact> known = contacts.findForUpdate(message.from());
        if (known.isEmpty()) {
            Contact fresh = Contact.firstSeen(new ContactId(ids.next()), message.from(), message.profile(), message.sentAt());
            if (contacts.addIfAbsent(fresh, now)) {
                return fresh;
            }
            // Another worker (another of the organisation's numbers) added this person a moment ago.
            known = contacts.findForUpdate(message.from());
        }
        Contact updated = known.orElseThrow().wrote(message.from(), message.profile(), message.sentAt());
        contacts.update(updated, now);
        return updated;
    }

    private String changeConsent(OrgId org, Contact contact, ConsentKeyword keyword, StoredInbound message, Instant now) {
        boolean optOut = keyword == ConsentKeyword.OPT_OUT;
        if (contact.optedOut() != optOut) {
            Contact changed = contact.optedOut(optOut);
            contacts.recordConsent(changed, now, CONSENT_SOURCE);
            Caller pipeline = new Caller(org, ActorType.SYSTEM, PIPELINE_ACTOR, Set.of(), null);
            audit.record(new RecordAuditEntry.Command(pipeline, optOut ? "contact.opted_out" : "contact.opted_in",
                    "contact", Optional.of(contact.id().value()), Optional.of(Map.of("optedOut", contact.optedOut())),
                    Optional.of(Map.of("optedOut", optOut)),
                    // The entity id names the contact; their number stays out of the trail, which outlives an erasure.
                    Map.of("source", CONSENT_SOURCE, "message", message.providerId().value())));
        }
        // Confirmed even when nothing changed: the person asked, and should know where they stand.
        return optOut ? replies.optedOut() : replies.optedIn();
    }
}

package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ConsentKeyword;
import io.chatnation.domain.messaging.Contact;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.shared.ActorType;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.messaging.out.Contacts;
import io.chatnation.ports.messaging.out.Conversations;
import io.chatnation.ports.messaging.out.Messages;
import io.chatnation.ports.messaging.out.Messages.QueuedReply;
import io.chatnation.ports.messaging.out.Messages.StoredInbound;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Routes one stored inbound message, inside its organisation's transaction: resolves (or creates) the contact and
 * its conversation, honours STOP / START, and decides the answer, which is queued rather than sent so that routing
 * and its reply commit together. Routing so far: opted out? only START is heard · consent keyword? confirm it ·
 * else the default reply. The later steps of ARCHITECTURE.md §4 (takeover, locked processes, keywords, AI) plug in
 * before the default reply.
 */
final class InboundRouter {

    /** The actor of consent changes made on the contact's own word: the platform, acting on the inbound pipeline. */
    static final UUID PIPELINE_ACTOR = UUID.nameUUIDFromBytes("chatnation:messaging:inbound".getBytes(StandardCharsets.UTF_8));
    private static final String CONSENT_SOURCE = "whatsapp_keyword";

    private final Contacts contacts;
    private final Conversations conversations;
    private final Messages messages;
    private final RecordAuditEntry audit;
    private final ReplyTexts replies;
    private final IdGenerator ids;
    private final Clock clock;

    InboundRouter(Contacts contacts, Conversations conversations, Messages messages, RecordAuditEntry audit,
                  ReplyTexts replies, IdGenerator ids, Clock clock) {
        this.contacts = contacts;
        this.conversations = conversations;
        this.messages = messages;
        this.audit = audit;
        this.replies = replies;
        this.ids = ids;
        this.clock = clock;
    }

    /** Routes the message unless an earlier run already did (the job is delivered at least once). */
    void route(OrgId org, ChannelAccount account, StoredInbound message) {
        if (message.handled()) {
            return;
        }
        Instant now = clock.instant();
        Contact contact = contactOf(message, now);
        ConversationId conversation = conversations.touch(contact.id(), account.id(), now);
        Optional<ConsentKeyword> keyword = message.text().flatMap(ConsentKeyword::in);
        Optional<String> reply;
        if (keyword.isPresent()) {
            reply = Optional.of(changeConsent(org, contact, keyword.get(), message, now));
        } else if (contact.optedOut() || message.type().equals("reaction")) {
            reply = Optional.empty();
        } else {
            reply = Optional.of(replies.defaultReply());
        }
        if (contacts.isBlocked(contact.id())) {
            // A blocked contact's messages are kept (and a STOP still counts) but never answered.
            reply = Optional.empty();
        }
        reply.ifPresent(text -> messages.queueReply(new QueuedReply(new MessageId(ids.next()), account.id(),
                conversation, contact.id(), contact.identity(), text, message.id()), now));
        messages.markHandled(message.id(), contact.id(), conversation, now);
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

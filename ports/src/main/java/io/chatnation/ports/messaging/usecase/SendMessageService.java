package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.CustomerServiceWindow;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.MessageTemplate;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.OutboundMessage;
import io.chatnation.domain.messaging.SendOutcome;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.RuleViolated;
import io.chatnation.ports.messaging.in.SendMessage;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.messaging.out.ChannelAlerts;
import io.chatnation.ports.messaging.out.ChannelConnector;
import io.chatnation.ports.messaging.out.ContactDirectory;
import io.chatnation.ports.messaging.out.Conversations;
import io.chatnation.ports.messaging.out.MessageTemplates;
import io.chatnation.ports.messaging.out.Messages;
import io.chatnation.ports.messaging.out.Messages.OperatorMessage;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends an operator's message in three steps: checks and stores it as queued in one transaction (so a refused message
 * writes nothing and reaches no provider), hands it to the provider outside any transaction, and records the outcome.
 * A provider's refusal, retryable or not, is answered as a failed message: the operator decides whether to send again.
 */
public final class SendMessageService implements SendMessage {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final ContactDirectory contacts;
    private final MessageTemplates templates;
    private final ChannelAccounts accounts;
    private final Conversations conversations;
    private final Messages messages;
    private final ChannelConnector connector;
    private final ChannelAlerts alerts;
    private final RecordAuditEntry audit;
    private final IdGenerator ids;
    private final Clock clock;

    public SendMessageService(UnitOfWork uow, CheckAccess access, ContactDirectory contacts, MessageTemplates templates,
                              ChannelAccounts accounts, Conversations conversations, Messages messages,
                              ChannelConnector connector, ChannelAlerts alerts, RecordAuditEntry audit, IdGenerator ids,
                              Clock clock) {
        this.uow = uow;
        this.access = access;
        this.contacts = contacts;
        this.templates = templates;
        this.accounts = accounts;
        this.conversations = conversations;
        this.messages = messages;
        this.connector = connector;
        this.alerts = alerts;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    private record Prepared(OperatorMessage message, OutboundContent content, ChannelAccount account,
                            ChannelCredentials credentials) {}

    @Override
    public SentMessage send(Caller caller, ContactId contactId, What what) {
        Prepared prepared = uow.inOrganization(caller.orgId(), () -> prepare(caller, contactId, what));
        OperatorMessage message = prepared.message();
        SendOutcome outcome = connector.connect(prepared.account(), prepared.credentials())
                .send(new OutboundMessage(message.to(), prepared.content(), Optional.empty(), Optional.empty()));
        Instant at = clock.instant();
        if (outcome instanceof SendOutcome.Accepted accepted) {
            uow.runInOrganization(caller.orgId(), () -> messages.replySent(message.id(), accepted.messageId(), at));
            return new SentMessage(message.id(), message.type(), message.body(), "sent",
                    Optional.of(accepted.messageId().value()), Optional.empty());
        }
        SendOutcome.Failed failed = (SendOutcome.Failed) outcome;
        uow.runInOrganization(caller.orgId(), () -> {
            messages.replyFailed(message.id(), failed.failure(), at);
            // An expired token fails every send on the number: the organisation is told once, not per message.
            failed.failure().alert().ifPresent(a -> alerts.raise(prepared.account().id(), failed.failure(), at));
        });
        return new SentMessage(message.id(), message.type(), message.body(), "failed", Optional.empty(),
                Optional.of(failed.failure().code() + " " + failed.failure().reason()));
    }

    private Prepared prepare(Caller caller, ContactId contactId, What what) {
        access.of(caller).require(Permission.CONTENT_MANAGE);
        Instant now = clock.instant();
        ContactDetails contact = contacts.find(contactId).orElseThrow(() -> new NotFound("Contact"));
        if (contact.blocked()) {
            throw new RuleViolated("contactNotBlocked", "The contact is blocked: nothing is sent to them");
        }
        if (contact.optedOut()) {
            throw new RuleViolated("contactOptedIn", "The contact opted out of messages");
        }
        OutboundContent content;
        String type;
        String body;
        if (what instanceof FreeForm free) {
            content = textOf(free.text());
            type = "text";
            body = free.text();
        } else {
            Template wanted = (Template) what;
            MessageTemplate template = templates.find(wanted.name(), wanted.language())
                    .orElseThrow(() -> new NotFound("Template"));
            if (!template.isApproved()) {
                throw new RuleViolated("templateApproved", "Template " + template.name() + " is "
                        + template.status().name().toLowerCase() + "; only an approved template can be sent");
            }
            List<String> values = wanted.parameters().orElseGet(() -> template.valuesFor(contact));
            content = template.toContent(values);
            type = "template";
            body = template.render(values);
        }
        CustomerServiceWindow.openedAt(contact.lastInboundAt()).check(content, now);
        ChannelAccount account = channelFor(contact.id());
        ChannelCredentials credentials = accounts.credentials(account.id()).orElseThrow();
        WhatsAppIdentity to = new WhatsAppIdentity(contact.phone(), contact.waUserId());
        ConversationId conversation = conversations.touch(contact.id(), account.id(), now);
        OperatorMessage message = new OperatorMessage(new MessageId(ids.next()), account.id(), conversation,
                contact.id(), to, type, body);
        messages.queueOutbound(message, now);
        // The trail keeps that a message went and of which kind, not its text: that is the contact's data.
        audit.record(new RecordAuditEntry.Command(caller, "message.sent", "contact", Optional.of(contact.id().value()),
                Optional.empty(), Optional.empty(), Map.of("message", message.id().value().toString(), "type", type)));
        return new Prepared(message, content, account, credentials);
    }

    private static OutboundContent textOf(String text) {
        try {
            return OutboundContent.TextMessage.of(text);
        } catch (InvalidInput e) {
            throw InvalidInput.of("text", e.errors().get(0).message());
        }
    }

    /** The number the contact last wrote to; otherwise the organisation's number when it has exactly one. */
    private ChannelAccount channelFor(ContactId contact) {
        Optional<ChannelAccount> used = conversations.accountOf(contact).flatMap(accounts::find);
        if (used.isPresent()) {
            return used.get();
        }
        List<ChannelAccount> all = accounts.list();
        if (all.size() == 1) {
            return all.get(0);
        }
        throw new RuleViolated("channelAccountKnown", all.isEmpty()
                ? "The organisation has no WhatsApp number connected"
                : "The contact has not written to any of the organisation's numbers yet, so it is not known which to use");
    }
}

package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.InboundHeader;
import io.chatnation.domain.messaging.InboundMessage;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.domain.messaging.SenderProfile;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.in.WriteFromSandboxPhone;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.messaging.out.ContactSettings;
import io.chatnation.ports.messaging.out.Messages;
import io.chatnation.ports.messaging.out.PhoneNumbers;
import io.chatnation.ports.messaging.out.SandboxDeliveries;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.JobQueue;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox phone's half of a real provider's webhook: the message is stored and its routing job queued in one
 * transaction, exactly as {@link ReceiveChannelWebhookService} does, so what an organisation tries in the sandbox is
 * what its contacts will get.
 */
public final class WriteFromSandboxPhoneService implements WriteFromSandboxPhone {

    /** A tap answers one of the last offers; older ones have scrolled out of any phone's view. */
    private static final int OFFERS_SEARCHED = 20;
    private static final int MAX_TEXT_LENGTH = 4096;

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final SandboxNumbers numbers;
    private final SandboxDeliveries deliveries;
    private final Messages messages;
    private final JobQueue jobs;
    private final RecordAuditEntry audit;
    private final IdGenerator ids;
    private final Clock clock;

    public WriteFromSandboxPhoneService(UnitOfWork uow, CheckAccess access,
                                        ChannelAccounts accounts,
                                        PhoneNumbers phones,
                                        ContactSettings settings,
                                        SandboxDeliveries deliveries, Messages messages, JobQueue jobs,
                                        RecordAuditEntry audit, IdGenerator ids, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.numbers = new SandboxNumbers(accounts, phones, settings);
        this.deliveries = deliveries;
        this.messages = messages;
        this.jobs = jobs;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Written write(Command c) {
        return uow.inOrganization(c.caller().orgId(), () -> {
            access.of(c.caller()).require(Permission.CONTENT_MANAGE);
            ChannelAccount account = numbers.sandbox(c.account());
            PhoneNumber from = numbers.phone("from", c.from());
            if (from.equals(account.displayNumber())) {
                throw InvalidInput.of("from", "is the sandbox number itself; write from a person's number");
            }
            Instant now = clock.instant();
            InboundHeader header = new InboundHeader(new ProviderMessageId("sandbox." + ids.next()),
                    account.phoneNumberId(), WhatsAppIdentity.ofPhone(from), SenderProfile.UNKNOWN, now,
                    Optional.empty(), Optional.empty());
            InboundMessage message = messageOf(header, account, from, c.say());
            MessageId id = new MessageId(ids.next());
            messages.storeInbound(id, account.id(), message, now);
            jobs.enqueue(InboundJobs.message(account, message, id));
            // The trail keeps that the sandbox was used and how, not what was written.
            audit.record(new RecordAuditEntry.Command(c.caller(), "sandbox.message_written", "channel_account",
                    Optional.of(account.id().value()), Optional.empty(), Optional.empty(),
                    Map.of("message", id.value().toString(), "type", message.type())));
            return new Written(id, from, message.type());
        });
    }

    private InboundMessage messageOf(InboundHeader header, ChannelAccount account, PhoneNumber from, Say say) {
        if (say instanceof Text text) {
            String body = text.body() == null ? "" : text.body().strip();
            if (body.isEmpty()) {
                throw InvalidInput.of("text", "is required");
            }
            if (body.length() > MAX_TEXT_LENGTH) {
                throw InvalidInput.of("text", "may hold at most " + MAX_TEXT_LENGTH + " characters");
            }
            return new InboundMessage.TextMessage(header, body);
        }
        var offers = deliveries.recentInteractive(account.id(), from, OFFERS_SEARCHED);
        if (say instanceof ButtonTap tap) {
            return offers.stream().filter(OutboundContent.ReplyButtons.class::isInstance)
                    .flatMap(offer -> ((OutboundContent.ReplyButtons) offer).buttons().stream())
                    .filter(button -> button.id().equals(tap.buttonId())).findFirst()
                    .map(button -> (InboundMessage) new InboundMessage.ButtonReply(header, button.id(), button.title()))
                    .orElseThrow(() -> InvalidInput.of("buttonId", "is not a button offered to this phone"));
        }
        ListPick pick = (ListPick) say;
        return offers.stream().filter(OutboundContent.ListMenu.class::isInstance)
                .flatMap(offer -> ((OutboundContent.ListMenu) offer).sections().stream())
                .flatMap(section -> section.rows().stream())
                .filter(row -> row.id().equals(pick.rowId())).findFirst()
                .map(row -> (InboundMessage) new InboundMessage.ListReply(header, row.id(), row.title(), row.description()))
                .orElseThrow(() -> InvalidInput.of("listRowId", "is not a list row offered to this phone"));
    }
}

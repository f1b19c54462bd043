package io.chatnation.ports.messaging.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.messaging.BusinessAccountId;
import io.chatnation.domain.messaging.BusinessNumberId;
import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.WebhookKey;
import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.CustomerServiceWindow;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.OutboundMessage;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.domain.messaging.SendOutcome;
import io.chatnation.domain.messaging.SenderProfile;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.out.MessageChannel;
import io.chatnation.ports.messaging.out.Messages;
import io.chatnation.ports.messaging.out.Messages.QueuedReply;
import io.chatnation.ports.messaging.out.Messages.StoredInbound;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Queued replies go to the provider only while the message they answer keeps the service window open. */
class ReplySenderTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final ChannelAccount ACCOUNT = new ChannelAccount(new ChannelAccountId(UUID.randomUUID()),
            ChannelProvider.WHATSAPP_CLOUD, new BusinessNumberId("106540352242922"), new BusinessAccountId("102290129340398"),
            new PhoneNumber("+254700000001"), new WebhookKey("k".repeat(43)), UUID.randomUUID(), NOW);
    private static final WhatsAppIdentity USER = WhatsAppIdentity.ofPhone(new PhoneNumber("+254712345678"));

    private final List<OutboundMessage> sent = new ArrayList<>();
    private final List<ChannelFailure> failed = new ArrayList<>();
    private final List<MessageId> recordedSent = new ArrayList<>();
    private final QueuedReply reply = new QueuedReply(new MessageId(UUID.randomUUID()),
            new ChannelAccountId(UUID.randomUUID()), new ConversationId(UUID.randomUUID()),
            new ContactId(UUID.randomUUID()), USER, OutboundContent.TextMessage.of("Thanks, we will get back to you"), new MessageId(UUID.randomUUID()));

    private final UnitOfWork uow = new ImmediateUnitOfWork();

    private final Messages messages = (Messages) Proxy.newProxyInstance(Messages.class.getClassLoader(),
            new Class<?>[] {Messages.class}, (proxy, method, args) -> switch (method.getName()) {
                case "queuedRepliesTo" -> List.of(reply);
                case "replySent" -> recordedSent.add((MessageId) args[0]);
                case "replyFailed" -> failed.add((ChannelFailure) args[1]);
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private final InMemoryChannelAlerts alerts = new InMemoryChannelAlerts();
    private SendOutcome answer = new SendOutcome.Accepted(new ProviderMessageId("wamid.sent"));

    private final MessageChannel channel = new MessageChannel() {
        @Override
        public SendOutcome send(OutboundMessage message) {
            sent.add(message);
            return answer;
        }

        @Override
        public SendOutcome markAsRead(ProviderMessageId inboundMessage) {
            throw new UnsupportedOperationException();
        }
    };

    private final ReplySender sender = new ReplySender(uow, messages, (account, credentials) -> channel,
            alerts, Clock.fixed(NOW, ZoneOffset.UTC));

    private static StoredInbound inboundSentAt(Instant at) {
        return new StoredInbound(new MessageId(UUID.randomUUID()), new ChannelAccountId(UUID.randomUUID()),
                new ProviderMessageId("wamid.in"), "text", Optional.of("hi"), Optional.empty(), Optional.empty(), USER, SenderProfile.UNKNOWN, at, true);
    }

    @Test
    void aReplyWithinTheWindowIsSent() {
        sender.sendQueued(new OrgId(UUID.randomUUID()), null, null, inboundSentAt(NOW.minus(Duration.ofHours(23))));

        assertThat(sent).hasSize(1);
        assertThat(recordedSent).containsExactly(reply.id());
        assertThat(failed).isEmpty();
    }

    @Test
    void anAccessTokenTheProviderRefusesMarksTheReplyFailedAndAlertsTheOrganisation() {
        ChannelFailure expired = ChannelFailure.permanent("190", "Invalid OAuth access token")
                .alerting(ChannelFailure.Alert.ACCESS_TOKEN_INVALID);
        answer = new SendOutcome.Failed(expired);

        sender.sendQueued(new OrgId(UUID.randomUUID()), ACCOUNT, null, inboundSentAt(NOW.minus(Duration.ofMinutes(1))));

        assertThat(failed).containsExactly(expired);
        assertThat(alerts.attention()).containsOnlyKeys(ACCOUNT.id());
        assertThat(alerts.alerts(10)).singleElement().satisfies(a -> assertThat(a.message()).contains("OAuth"));
    }

    @Test
    void anotherFailureWithTheSameRefusedTokenRaisesNoSecondAlert() {
        answer = new SendOutcome.Failed(ChannelFailure.permanent("190", "Invalid OAuth access token")
                .alerting(ChannelFailure.Alert.ACCESS_TOKEN_INVALID));

        sender.sendQueued(new OrgId(UUID.randomUUID()), ACCOUNT, null, inboundSentAt(NOW.minus(Duration.ofMinutes(1))));
        sender.sendQueued(new OrgId(UUID.randomUUID()), ACCOUNT, null, inboundSentAt(NOW.minus(Duration.ofMinutes(1))));

        assertThat(failed).hasSize(2);
        assertThat(alerts.alerts(10)).hasSize(1);
    }

    @Test
    void anOrdinaryPermanentFailureAlertsNobody() {
        answer = new SendOutcome.Failed(ChannelFailure.permanent("131026", "Message undeliverable"));

        sender.sendQueued(new OrgId(UUID.randomUUID()), ACCOUNT, null, inboundSentAt(NOW.minus(Duration.ofMinutes(1))));

        assertThat(failed).hasSize(1);
        assertThat(alerts.alerts(10)).isEmpty();
    }

    @Test
    void aReplyWhoseJobRunsAfterTheWindowClosedIsMarkedFailedWithoutCallingTheProvider() {
        sender.sendQueued(new OrgId(UUID.randomUUID()), null, null, inboundSentAt(NOW.minus(Duration.ofHours(25))));

        assertThat(sent).isEmpty();
        assertThat(recordedSent).isEmpty();
        assertThat(failed).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(CustomerServiceWindow.RULE);
            assertThat(f.isRetryable()).isFalse();
        });
    }
}

package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.domain.messaging.CustomerServiceWindow;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.OutboundMessage;
import io.chatnation.domain.messaging.SendOutcome;
import io.chatnation.domain.shared.RuleViolated;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.messaging.out.ChannelAlerts;
import io.chatnation.ports.messaging.out.ChannelConnector;
import io.chatnation.ports.messaging.out.Messages;
import io.chatnation.ports.messaging.out.Messages.QueuedReply;
import io.chatnation.ports.messaging.out.Messages.StoredInbound;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Sends the replies queued for an inbound message, each outside any transaction (a provider call must not hold a
 * database connection) and records what came of it. A retryable failure leaves the reply queued and fails the job,
 * so the job's next run sends it again; a permanent one marks the reply failed. A reply whose job only runs again
 * after the customer-service window closed is marked failed without calling the provider, which would refuse it.
 */
final class ReplySender {

    private final UnitOfWork uow;
    private final Messages messages;
    private final ChannelConnector connector;
    private final ChannelAlerts alerts;
    private final Clock clock;

    ReplySender(UnitOfWork uow, Messages messages, ChannelConnector connector, ChannelAlerts alerts, Clock clock) {
        this.uow = uow;
        this.messages = messages;
        this.connector = connector;
        this.alerts = alerts;
        this.clock = clock;
    }

    void sendQueued(OrgId org, ChannelAccount account, ChannelCredentials credentials, StoredInbound inbound) {
        send(org, account, credentials, inbound, uow.inOrganization(org, () -> messages.queuedRepliesTo(inbound.id())));
    }

    /** Sends {@code queued}, the replies to {@code inbound} still queued, as read by the caller's own transaction. */
    void send(OrgId org, ChannelAccount account, ChannelCredentials credentials, StoredInbound inbound,
              List<QueuedReply> queued) {
        if (queued.isEmpty()) {
            return;
        }
        var channel = connector.connect(account, credentials);
        // The inbound message being answered opened the window (the contact may have written since, never before).
        CustomerServiceWindow window = CustomerServiceWindow.openedAt(Optional.of(inbound.sentAt()));
        for (QueuedReply reply : queued) {
            OutboundContent content = reply.content();
            try {
                window.check(content, clock.instant());
            } catch (RuleViolated closed) {
                ChannelFailure refused = ChannelFailure.permanent(closed.rule(), closed.getMessage());
                uow.runInOrganization(org, () -> messages.replyFailed(reply.id(), refused, clock.instant()));
                continue;
            }
            SendOutcome outcome = channel.send(new OutboundMessage(reply.to(), content,
                    Optional.of(inbound.providerId()), Optional.empty()));
            record(org, account, reply.id(), outcome);
        }
    }

    private void record(OrgId org, ChannelAccount account, MessageId reply, SendOutcome outcome) {
        if (outcome instanceof SendOutcome.Accepted accepted) {
            uow.runInOrganization(org, () -> messages.replySent(reply, accepted.messageId(), clock.instant()));
        } else if (outcome instanceof SendOutcome.Failed failed) {
            if (failed.failure().isRetryable()) {
                throw new RetryableSendFailure(failed.failure().code() + " " + failed.failure().reason());
            }
            uow.runInOrganization(org, () -> {
                messages.replyFailed(reply, failed.failure(), clock.instant());
                // An expired token fails every send on the number: the organisation is told once, not per message.
                failed.failure().alert().ifPresent(a -> alerts.raise(account.id(), failed.failure(), clock.instant()));
            });
        }
    }

    /** The provider may take the reply later (rate limit, outage): the job is run again. */
    static final class RetryableSendFailure extends RuntimeException {
        RetryableSendFailure(String reason) {
            super(reason);
        }
    }
}

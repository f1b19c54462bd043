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
import java.time.Instant;
import java.util.ArrayList;
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

    /** Reads the replies to {@code inbound} still queued, sends them and records what came of it. */
    void sendQueued(OrgId org, ChannelAccount account, ChannelCredentials credentials, StoredInbound inbound) {
        Sent sent = send(org, account, credentials, inbound, uow.inOrganization(org, () -> messages.queuedRepliesTo(inbound.id())));
        uow.runInOrganization(org, sent::record);
        sent.throwIfUnfinished();
    }

    /**
     * Sends {@code queued}, the replies to {@code inbound} still queued, as read by the caller's own transaction, and
     * answers what came of them for the caller to record in its next transaction (with whatever else finishes its
     * work). Stops at the first reply the provider will only take later.
     */
    Sent send(OrgId org, ChannelAccount account, ChannelCredentials credentials, StoredInbound inbound,
              List<QueuedReply> queued) {
        Sent sent = new Sent();
        if (queued.isEmpty()) {
            return sent;
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
                Instant at = clock.instant();
                sent.records.add(() -> messages.replyFailed(reply.id(), refused, at));
                continue;
            }
            SendOutcome outcome = channel.send(new OutboundMessage(reply.to(), content,
                    Optional.of(inbound.providerId()), Optional.empty()));
            Instant at = clock.instant();
            if (outcome instanceof SendOutcome.Accepted accepted) {
                sent.records.add(() -> messages.replySent(reply.id(), accepted.messageId(), at));
            } else if (outcome instanceof SendOutcome.Failed failed) {
                if (failed.failure().isRetryable()) {
                    sent.unfinished = Optional.of(new RetryableSendFailure(failed.failure().code() + " "
                            + failed.failure().reason()));
                    return sent;
                }
                sent.records.add(() -> {
                    messages.replyFailed(reply.id(), failed.failure(), at);
                    // An expired token fails every send on the number: the organisation is told once, not per message.
                    failed.failure().alert().ifPresent(a -> alerts.raise(account.id(), failed.failure(), at));
                });
            }
        }
        return sent;
    }

    /** What came of sending: outcomes to record, and whether a reply is left for the provider to take later. */
    static final class Sent {
        private final List<Runnable> records = new ArrayList<>();
        private Optional<RetryableSendFailure> unfinished = Optional.empty();

        /** Nothing was there to send. */
        static Sent nothing() {
            return new Sent();
        }

        /** Records every outcome, in the caller's transaction. */
        void record() {
            records.forEach(Runnable::run);
        }

        /** Whether every reply was sent or failed for good, so that nothing is left to send again. */
        boolean finished() {
            return unfinished.isEmpty();
        }

        /** Fails the caller's job when a reply is left to send, so that its next run sends it. */
        void throwIfUnfinished() {
            if (unfinished.isPresent()) {
                throw unfinished.get();
            }
        }
    }

    /** The provider may take the reply later (rate limit, outage): the job is run again. */
    static final class RetryableSendFailure extends RuntimeException {
        RetryableSendFailure(String reason) {
            super(reason);
        }
    }
}

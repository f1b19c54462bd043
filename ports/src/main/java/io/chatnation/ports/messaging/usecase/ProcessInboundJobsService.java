package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.DeliveryProgress;
import io.chatnation.domain.messaging.DeliveryReport;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.messaging.in.ProcessInboundJobs;
import io.chatnation.ports.messaging.out.ChannelAlerts;
import io.chatnation.ports.messaging.out.ChannelConnector;
import io.chatnation.ports.messaging.out.MessagingSettings;
import io.chatnation.ports.messaging.out.Contacts;
import io.chatnation.ports.messaging.out.Conversations;
import io.chatnation.ports.messaging.out.Messages;
import io.chatnation.ports.messaging.out.Messages.StoredInbound;
import io.chatnation.ports.messaging.out.Messages.TrackedOutbound;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.JobQueue;
import io.chatnation.ports.shared.out.JobQueue.ClaimedJob;
import io.chatnation.ports.messaging.usecase.ConnectedAccounts.Connected;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs the inbound jobs: a message job routes the message and sends what routing queued, a report job moves an
 * outbound message's status forward, a media job fetches and stores what a message carries. A job is completed only once all of it is done; any failure reschedules it with
 * a growing delay, and every step is safe to repeat.
 */
public final class ProcessInboundJobsService implements ProcessInboundJobs {

    /** Long enough for a slow provider call; a worker that dies lets its jobs be claimed again after this. */
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final int MAX_ATTEMPTS = 8;
    private static final int UNMATCHED_REPORT_ATTEMPTS = 4;

    private final UnitOfWork uow;
    private final JobQueue jobs;
    private final ConnectedAccounts accounts;
    private final Messages messages;
    private final InboundRouter router;
    private final ReplySender sender;
    private final InboundMediaFetcher media;
    private final Clock clock;

    public ProcessInboundJobsService(UnitOfWork uow, JobQueue jobs, ConnectedAccounts accounts, Contacts contacts,
                                     Conversations conversations, Messages messages, MessagingSettings settings,
                                     ProcessRegistry processes, ChannelConnector connector, ChannelAlerts alerts,
                                     RecordAuditEntry audit, ReplyTexts replies, InboundMediaFetcher media,
                                     IdGenerator ids, Clock clock) {
        this.uow = uow;
        this.jobs = jobs;
        this.accounts = accounts;
        this.messages = messages;
        this.router = new InboundRouter(contacts, conversations, messages, settings, processes, audit, replies, ids, clock);
        this.sender = new ReplySender(uow, messages, connector, alerts, clock);
        this.media = media;
        this.clock = clock;
    }

    @Override
    public int processReady(int max) {
        List<ClaimedJob> claimed = uow.withoutOrganization(() -> jobs.claim(InboundJobs.QUEUE, max, LEASE));
        for (ClaimedJob job : claimed) {
            try {
                run(job);
            } catch (RuntimeException e) {
                String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
                uow.runInOrganization(job.org(), () -> jobs.retryLater(job, backoff(job.attempt()), MAX_ATTEMPTS, reason));
            }
        }
        return claimed.size();
    }

    private void run(ClaimedJob job) {
        OrgId org = job.org();
        Optional<Connected> account = accounts.byId(org, ChannelAccountId.of(job.get("account")));
        if (account.isEmpty()) {
            // The number was disconnected since: nothing can be answered through it any more.
            uow.runInOrganization(org, () -> jobs.complete(job));
            return;
        }
        switch (job.get(InboundJobs.KIND)) {
            case InboundJobs.MESSAGE -> handleMessage(job, account.get());
            case InboundJobs.REPORT -> applyReport(job, account.get().account());
            case InboundMediaJob.KIND -> media.fetch(job, account.get().account());
            default -> throw new IllegalStateException("unknown inbound job kind " + job.get(InboundJobs.KIND));
        }
    }

    private void handleMessage(ClaimedJob job, Connected connected) {
        OrgId org = job.org();
        ChannelAccount account = connected.account();
        MessageId id = MessageId.of(job.get("message"));
        // Two transactions a message, one before the provider call and one after: at a thousand messages a second,
        // every round trip to the database counts.
        Routed routed = uow.inOrganization(org, () -> {
            StoredInbound stored = messages.inbound(id).orElseThrow(() -> new IllegalStateException("message " + id + " is gone"));
            // What this run queued; a rerun of a routed message sends what is still queued of its replies.
            List<Messages.QueuedReply> replies = router.route(org, account, stored)
                    .orElseGet(() -> messages.queuedRepliesTo(stored.id()));
            return new Routed(stored, replies);
        });
        ReplySender.Sent sent = sender.send(org, account, connected.credentials(), routed.message(), routed.replies());
        uow.runInOrganization(org, () -> {
            sent.record();
            if (sent.finished()) {
                jobs.complete(job);
            }
        });
        sent.throwIfUnfinished();
    }

    private record Routed(StoredInbound message, List<Messages.QueuedReply> replies) {
    }

    private void applyReport(ClaimedJob job, ChannelAccount account) {
        DeliveryReport report = InboundJobs.reportOf(account, job);
        uow.runInOrganization(job.org(), () -> {
            Optional<TrackedOutbound> tracked = messages.outbound(account.id(), report.messageId());
            if (tracked.isEmpty() && job.attempt() < UNMATCHED_REPORT_ATTEMPTS) {
                // Meta may report before our send call has recorded the id: try again shortly.
                throw new IllegalStateException("no outbound message " + report.messageId() + " yet");
            }
            // Still unmatched after that: a message sent by something else on the same number, not ours to track.
            tracked.ifPresent(outbound -> messages.updateProgress(outbound.id(),
                    outbound.progress().map(p -> p.after(report)).orElseGet(() -> DeliveryProgress.from(report)),
                    clock.instant()));
        });
        // Completed only once the update committed: a broker's acknowledgement cannot be taken back if the commit
        // fails, and applying a report twice changes nothing.
        uow.runInOrganization(job.org(), () -> jobs.complete(job));
    }

    private static Duration backoff(int attempt) {
        return Duration.ofMillis(Math.min(500L << Math.min(attempt, 10), 300_000L));
    }
}

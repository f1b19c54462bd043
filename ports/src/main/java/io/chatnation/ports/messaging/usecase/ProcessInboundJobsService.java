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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Map<OrgId, List<ClaimedJob>> messagesByOrg = new LinkedHashMap<>();
        for (ClaimedJob job : claimed) {
            if (InboundJobs.MESSAGE.equals(job.payload().get(InboundJobs.KIND))) {
                messagesByOrg.computeIfAbsent(job.org(), org -> new ArrayList<>()).add(job);
            } else {
                attempt(job, () -> run(job));
            }
        }
        messagesByOrg.forEach(this::handleMessages);
        return claimed.size();
    }

    /** Runs one job's work; a failure reschedules the job with a growing delay. */
    private void attempt(ClaimedJob job, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            retryLater(job, e);
        }
    }

    private void retryLater(ClaimedJob job, RuntimeException failure) {
        String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        uow.runInOrganization(job.org(), () -> jobs.retryLater(job, backoff(job.attempt()), MAX_ATTEMPTS, reason));
    }

    private void run(ClaimedJob job) {
        OrgId org = job.org();
        Optional<Connected> account = accounts.byId(org, accountOf(job));
        if (account.isEmpty()) {
            // The number was disconnected since: nothing can be answered through it any more.
            uow.runInOrganization(org, () -> jobs.complete(job));
            return;
        }
        switch (job.get(InboundJobs.KIND)) {
            case InboundJobs.REPORT -> applyReport(job, account.get().account());
            case InboundMediaJob.KIND -> media.fetch(job, account.get().account());
            default -> throw new IllegalStateException("unknown inbound job kind " + job.get(InboundJobs.KIND));
        }
    }

    /**
     * Answers an organisation's claimed messages (each from a different person: the queue hands out one job per
     * sender at a time) in two transactions for the lot, one that routes them all before the provider calls and one
     * that records what came of the calls and completes the jobs: at hundreds of messages a second, the database
     * round trips are the cost. If routing one of them fails, each is answered again on its own, so only the failing
     * one waits for a retry.
     */
    private void handleMessages(OrgId org, List<ClaimedJob> batch) {
        List<Routed> routed;
        try {
            routed = uow.inOrganization(org, () -> batch.stream().map(job -> route(org, job)).toList());
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                retryLater(batch.get(0), e);
            } else {
                batch.forEach(job -> handleMessages(org, List.of(job)));
            }
            return;
        }
        Map<ClaimedJob, RuntimeException> failed = new HashMap<>();
        List<Answered> answered = new ArrayList<>(routed.size());
        for (Routed r : routed) {
            try {
                answered.add(new Answered(r.job(), r.account().isEmpty() ? ReplySender.Sent.nothing()
                        : sender.send(org, r.account().get().account(), r.account().get().credentials(), r.message(),
                        r.replies())));
            } catch (RuntimeException e) {
                failed.put(r.job(), e);
            }
        }
        try {
            uow.runInOrganization(org, () -> {
                answered.forEach(a -> a.sent().record());
                jobs.completeAll(answered.stream().filter(a -> a.sent().finished()).map(Answered::job).toList());
            });
            answered.stream().filter(a -> !a.sent().finished())
                    .forEach(a -> attempt(a.job(), a.sent()::throwIfUnfinished));
        } catch (RuntimeException e) {
            answered.forEach(a -> failed.put(a.job(), e));
        }
        failed.forEach(this::retryLater);
    }

    /** Inside the organisation's transaction: the message routed, with the replies to send. */
    private Routed route(OrgId org, ClaimedJob job) {
        Optional<Connected> account = accounts.byId(org, accountOf(job));
        MessageId id = MessageId.of(job.get("message"));
        if (account.isEmpty()) {
            // The number was disconnected since: nothing can be answered through it any more.
            return new Routed(job, account, null, List.of());
        }
        StoredInbound stored = messages.inbound(id).orElseThrow(() -> new IllegalStateException("message " + id + " is gone"));
        // What this run queued; a rerun of a routed message sends what is still queued of its replies.
        List<Messages.QueuedReply> replies = router.route(org, account.get().account(), stored)
                .orElseGet(() -> messages.queuedRepliesTo(stored.id()));
        return new Routed(job, account, stored, replies);
    }

    private static ChannelAccountId accountOf(ClaimedJob job) {
        return ChannelAccountId.of(job.get("account"));
    }

    private record Routed(ClaimedJob job, Optional<Connected> account, StoredInbound message,
                          List<Messages.QueuedReply> replies) {
    }

    private record Answered(ClaimedJob job, ReplySender.Sent sent) {
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

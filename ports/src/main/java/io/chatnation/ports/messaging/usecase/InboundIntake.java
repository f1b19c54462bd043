package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.DeliveryReport;
import io.chatnation.domain.messaging.InboundMessage;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.messaging.in.ReceiveChannelWebhook.Accepted;
import io.chatnation.ports.messaging.out.Messages;
import io.chatnation.ports.messaging.out.Messages.NewInbound;
import io.chatnation.ports.shared.out.JobQueue;
import io.chatnation.ports.shared.out.JobQueue.NewJob;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stores authenticated webhook deliveries and queues their jobs, committing the deliveries that arrive together in
 * one transaction per organisation (group commit). Each delivery still returns only once its own messages and jobs
 * are on disk, so a 200 means what it always meant; under load, one commit and a handful of round trips to the
 * database serve dozens of webhooks instead of each paying for its own.
 *
 * <p>A few writer threads take whatever deliveries are waiting, up to {@link #MAX_BATCH}, and write them; the request
 * threads block until theirs is written. A batch that fails is written again delivery by delivery, so one bad
 * delivery fails only its own webhook (the provider sends it again).
 */
public final class InboundIntake implements AutoCloseable {

    /** The most deliveries one transaction takes: enough to absorb a burst, small enough to keep commits short. */
    private static final int MAX_BATCH = 200;
    /** A webhook left waiting longer than this is answered with an error; the provider sends it again. */
    private static final long STORE_TIMEOUT_SECONDS = 30;

    private final UnitOfWork uow;
    private final Messages messages;
    private final JobQueue jobs;
    private final IdGenerator ids;
    private final Clock clock;
    private final BlockingQueue<Delivery> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    /** {@code writers}: how many batches may be written at once, each holding one database connection. */
    public InboundIntake(UnitOfWork uow, Messages messages, JobQueue jobs, IdGenerator ids, Clock clock, int writers) {
        if (writers < 1) {
            throw new IllegalArgumentException("at least one writer is needed");
        }
        this.uow = uow;
        this.messages = messages;
        this.jobs = jobs;
        this.ids = ids;
        this.clock = clock;
        for (int n = 1; n <= writers; n++) {
            Thread writer = new Thread(this::writeWhatArrives, "inbound-intake-" + n);
            writer.setDaemon(true);
            writer.start();
            this.writers.add(writer);
        }
    }

    /** Stores the messages and queues the jobs of one delivery to {@code account}; returns once they committed. */
    Accepted accept(OrgId org, ChannelAccount account, List<InboundMessage> received, List<DeliveryReport> reports) {
        if (closed) {
            throw new IllegalStateException("the server is shutting down");
        }
        Delivery delivery = new Delivery(org, account, received, reports);
        waiting.add(delivery);
        try {
            return delivery.result.get(STORE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the delivery was not stored within " + STORE_TIMEOUT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the delivery was being stored", e);
        }
    }

    /** Stops the writers once they have written what is waiting. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        writers.forEach(Thread::interrupt);
        for (Thread writer : writers) {
            writer.join(10_000);
        }
    }

    private void writeWhatArrives() {
        List<Delivery> batch = new ArrayList<>(MAX_BATCH);
        while (!closed || !waiting.isEmpty()) {
            try {
                Delivery first = closed ? waiting.poll() : waiting.take();
                if (first == null) {
                    return;
                }
                batch.add(first);
                waiting.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                // Closing: write what is left, then stop.
            } catch (RuntimeException | Error e) {
                batch.forEach(d -> d.result.completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Delivery> batch) {
        Map<OrgId, List<Delivery>> byOrg = new LinkedHashMap<>();
        batch.forEach(d -> byOrg.computeIfAbsent(d.org, o -> new ArrayList<>()).add(d));
        byOrg.forEach((org, deliveries) -> {
            try {
                List<Accepted> accepted = uow.inOrganization(org, () -> store(deliveries));
                for (int i = 0; i < deliveries.size(); i++) {
                    deliveries.get(i).result.complete(accepted.get(i));
                }
            } catch (RuntimeException batchFailed) {
                if (deliveries.size() == 1) {
                    deliveries.get(0).result.completeExceptionally(batchFailed);
                    return;
                }
                for (Delivery alone : deliveries) {
                    try {
                        alone.result.complete(uow.inOrganization(org, () -> store(List.of(alone)).get(0)));
                    } catch (RuntimeException failed) {
                        alone.result.completeExceptionally(failed);
                    }
                }
            }
        });
    }

    /** In the organisation's transaction: every delivery's messages, then the jobs of those that were new. */
    private List<Accepted> store(List<Delivery> deliveries) {
        Instant now = clock.instant();
        List<Accepted> accepted = new ArrayList<>(deliveries.size());
        List<NewJob> queued = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            ChannelAccount account = delivery.account;
            List<NewInbound> fresh = new ArrayList<>(delivery.received.size());
            delivery.received.forEach(m -> fresh.add(new NewInbound(new MessageId(ids.next()), m)));
            List<Boolean> stored = messages.storeInbound(account.id(), fresh, now);
            int newMessages = 0;
            for (int i = 0; i < fresh.size(); i++) {
                if (stored.get(i)) {
                    NewInbound message = fresh.get(i);
                    queued.add(InboundJobs.message(account, message.message(), message.id()));
                    InboundMediaJob.of(account, message.message(), message.id()).ifPresent(queued::add);
                    newMessages++;
                }
            }
            delivery.reports.forEach(report -> queued.add(InboundJobs.report(account, report)));
            accepted.add(new Accepted(newMessages, delivery.reports.size()));
        }
        jobs.enqueueAll(queued);
        return accepted;
    }

    private static final class Delivery {
        final OrgId org;
        final ChannelAccount account;
        final List<InboundMessage> received;
        final List<DeliveryReport> reports;
        final CompletableFuture<Accepted> result = new CompletableFuture<>();

        Delivery(OrgId org, ChannelAccount account, List<InboundMessage> received, List<DeliveryReport> reports) {
            this.org = org;
            this.account = account;
            this.received = received;
            this.reports = reports;
        }
    }
}

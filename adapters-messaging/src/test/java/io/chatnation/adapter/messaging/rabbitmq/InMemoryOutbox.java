package io.chatnation.adapter.messaging.rabbitmq;

import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.shared.out.JobQueue;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The outbox as the relay sees it, in memory: rows in id order, the oldest of each ordering key claimable, a claim
 * leased until completed (tests end leases with {@link #expireLeases}). Also the unit of work, which records the
 * organisation each completion ran in.
 */
final class InMemoryOutbox implements JobQueue, UnitOfWork {

    private final TreeMap<Long, Row> rows = new TreeMap<>();
    private final OrgId org;
    private long nextId = 1;
    private int failNextCompletions;

    InMemoryOutbox(OrgId org) {
        this.org = org;
    }

    @Override
    public synchronized void enqueue(NewJob job) {
        long id = nextId++;
        rows.put(id, new Row(new ClaimedJob(id, org, job.orderingKey(), job.payload(), 0), job.queue()));
    }

    @Override
    public synchronized List<ClaimedJob> claim(String queue, int max, Duration lease) {
        List<ClaimedJob> claimed = new ArrayList<>();
        Set<String> seenKeys = new HashSet<>();
        for (Row row : rows.values()) {
            boolean oldestOfKey = seenKeys.add(row.job.orderingKey());
            if (claimed.size() < max && oldestOfKey && row.queue.equals(queue) && !row.leased) {
                row.leased = true;
                claimed.add(row.job);
            }
        }
        return claimed;
    }

    @Override
    public synchronized void complete(ClaimedJob job) {
        if (failNextCompletions > 0) {
            failNextCompletions--;
            throw new IllegalStateException("the database went away");
        }
        rows.remove(job.id());
    }

    @Override
    public void retryLater(ClaimedJob job, Duration delay, int maxAttempts, String reason) {
        throw new UnsupportedOperationException("the relay never retries outbox rows");
    }

    synchronized void failNextCompletions(int count) {
        failNextCompletions = count;
    }

    synchronized void expireLeases() {
        rows.values().forEach(row -> row.leased = false);
    }

    synchronized int size() {
        return rows.size();
    }

    @Override
    public <T> T inOrganization(OrgId org, Supplier<T> work) {
        return work.get();
    }

    @Override
    public <T> T withoutOrganization(Supplier<T> work) {
        return work.get();
    }

    private static final class Row {
        final ClaimedJob job;
        final String queue;
        boolean leased;

        Row(ClaimedJob job, String queue) {
            this.job = job;
            this.queue = queue;
        }
    }
}

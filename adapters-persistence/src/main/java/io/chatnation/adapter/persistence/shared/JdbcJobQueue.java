package io.chatnation.adapter.persistence.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.shared.out.JobQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The job queue in PostgreSQL ({@code jobs}): enqueued in the caller's transaction, claimed with
 * {@code FOR UPDATE SKIP LOCKED} under a lease by the {@code jobs_claim} function, which also keeps each ordering
 * key's jobs one at a time. Times come from the database clock, the one the claim compares against.
 */
public final class JdbcJobQueue implements JobQueue {

    private static final TypeReference<Map<String, String>> PAYLOAD = new TypeReference<>() {};

    private final Jdbc jdbc;
    private final ObjectMapper json;

    public JdbcJobQueue(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void enqueue(NewJob job) {
        enqueueAll(List.of(job));
    }

    @Override
    public void enqueueAll(List<NewJob> jobs) {
        if (jobs.isEmpty()) {
            return;
        }
        // A job is a promise already made to someone (a webhook acknowledged with 200, a payment confirmed): its
        // transaction waits for the WAL to reach the disk even where the server commits asynchronously (the embedded
        // default), or a PostgreSQL crash right after the answer would lose the job and what came with it.
        jdbc.one("select set_config('synchronous_commit', 'on', true)", rs -> rs.getString(1));
        List<Object[]> rows = new ArrayList<>(jobs.size());
        for (NewJob job : jobs) {
            rows.add(new Object[] {job.queue(), job.orderingKey(), write(job.payload())});
        }
        jdbc.batch("""
                insert into jobs (queue, ordering_key, payload, run_after, created_at)
                values (?, ?, ?::jsonb, now(), now())""", rows);
    }

    @Override
    public List<ClaimedJob> claim(String queue, int max, Duration lease) {
        return jdbc.list("select * from jobs_claim(?, ?, ?)",
                rs -> new ClaimedJob(rs.getLong("id"), new OrgId(rs.getObject("org_id", UUID.class)),
                        rs.getString("ordering_key"), read(rs.getString("payload")), rs.getInt("attempts")),
                queue, max, (int) Math.max(1, lease.toSeconds()));
    }

    @Override
    public void complete(ClaimedJob job) {
        completeAll(List.of(job));
    }

    @Override
    public void completeAll(List<ClaimedJob> jobs) {
        if (!jobs.isEmpty()) {
            Long[] ids = jobs.stream().map(ClaimedJob::id).toArray(Long[]::new);
            jdbc.update("delete from jobs where id = any(?)", (Object) ids);
        }
    }

    @Override
    public void retryLater(ClaimedJob job, Duration delay, int maxAttempts, String reason) {
        String error = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
        if (job.attempt() >= maxAttempts) {
            jdbc.update("update jobs set dead_at = now(), locked_until = null, last_error = ? where id = ?", error, job.id());
        } else {
            jdbc.update("""
                    update jobs set run_after = now() + make_interval(secs => ?), locked_until = null, last_error = ?
                    where id = ?""", delay.toMillis() / 1000.0, error, job.id());
        }
    }

    private String write(Map<String, String> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("job payload is not serialisable", e);
        }
    }

    private Map<String, String> read(String payload) {
        try {
            return json.readValue(payload, PAYLOAD);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("job payload is not JSON", e);
        }
    }
}

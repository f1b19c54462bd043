package io.chatnation.adapter.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatnation.adapter.persistence.TestDatabase;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.shared.out.JobQueue.ClaimedJob;
import io.chatnation.ports.shared.out.JobQueue.NewJob;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PostgreSQL job queue as the application role: ordering per key, leases, retries and dead jobs. */
class JdbcJobQueueTest {

    static final OrgId A = new OrgId(UUID.randomUUID());
    static final OrgId B = new OrgId(UUID.randomUUID());
    static JdbcUnitOfWork uow;
    static JdbcJobQueue jobs;

    @BeforeAll
    static void twoOrganisations() {
        TestDatabase.organisations(A, B);
        uow = new JdbcUnitOfWork(TestDatabase.app());
        jobs = new JdbcJobQueue(new Jdbc(uow), new ObjectMapper());
    }

    static String queue() {
        return "test-" + UUID.randomUUID();
    }

    static void enqueue(OrgId org, String queue, String key, String name) {
        uow.runInOrganization(org, () -> jobs.enqueue(new NewJob(queue, key, Map.of("name", name))));
    }

    static List<String> claim(String queue, Duration lease) {
        return uow.withoutOrganization(() -> jobs.claim(queue, 10, lease)).stream().map(j -> j.get("name")).toList();
    }

    @Test
    void jobs_of_one_key_run_one_at_a_time_in_order_while_other_keys_and_organisations_go_ahead() {
        String queue = queue();
        enqueue(A, queue, "alice", "alice-1");
        enqueue(A, queue, "alice", "alice-2");
        enqueue(B, queue, "bob", "bob-1");

        List<ClaimedJob> first = uow.withoutOrganization(() -> jobs.claim(queue, 10, Duration.ofMinutes(1)));

        assertThat(first).extracting(j -> j.get("name")).containsExactly("alice-1", "bob-1");
        assertThat(first).extracting(ClaimedJob::org).containsExactly(A, B);
        assertThat(claim(queue, Duration.ofMinutes(1))).as("alice-2 waits for alice-1, leased ones are not handed out twice")
                .isEmpty();

        uow.runInOrganization(A, () -> jobs.complete(first.get(0)));

        assertThat(claim(queue, Duration.ofMinutes(1))).containsExactly("alice-2");
    }

    @Test
    void the_transaction_that_enqueues_a_job_commits_durably_even_where_the_server_commits_asynchronously() {
        String queue = queue();
        Jdbc jdbc = new Jdbc(uow);

        String during = uow.inOrganization(A, () -> {
            jobs.enqueue(new NewJob(queue, "frank", Map.of("name", "frank-1")));
            return jdbc.one("select current_setting('synchronous_commit')", rs -> rs.getString(1)).orElseThrow();
        });

        assertThat(during).isEqualTo("on");
        assertThat(claim(queue, Duration.ofMinutes(1))).containsExactly("frank-1");
    }

    @Test
    void a_job_whose_lease_ran_out_is_claimed_again_with_its_attempt_counted() throws InterruptedException {
        String queue = queue();
        enqueue(A, queue, "carol", "carol-1");
        ClaimedJob first = uow.withoutOrganization(() -> jobs.claim(queue, 10, Duration.ofSeconds(1))).get(0);

        Thread.sleep(1_200);
        List<ClaimedJob> again = uow.withoutOrganization(() -> jobs.claim(queue, 10, Duration.ofMinutes(1)));

        assertThat(again).extracting(ClaimedJob::id).containsExactly(first.id());
        assertThat(again.get(0).attempt()).isEqualTo(2);
    }

    @Test
    void a_failed_job_waits_its_delay_and_once_dead_no_longer_holds_up_its_key() throws InterruptedException {
        String queue = queue();
        enqueue(A, queue, "dave", "dave-1");
        enqueue(A, queue, "dave", "dave-2");
        ClaimedJob failing = uow.withoutOrganization(() -> jobs.claim(queue, 10, Duration.ofMinutes(1))).get(0);

        uow.runInOrganization(A, () -> jobs.retryLater(failing, Duration.ofMillis(300), 2, "provider down"));
        assertThat(claim(queue, Duration.ofMinutes(1))).isEmpty();
        Thread.sleep(400);
        ClaimedJob retried = uow.withoutOrganization(() -> jobs.claim(queue, 10, Duration.ofMinutes(1))).get(0);
        assertThat(retried.get("name")).isEqualTo("dave-1");
        uow.runInOrganization(A, () -> jobs.retryLater(retried, Duration.ofMillis(1), 2, "provider down"));

        assertThat(claim(queue, Duration.ofMinutes(1))).containsExactly("dave-2");
    }

    @Test
    void an_organisation_cannot_complete_another_organisations_job() {
        String queue = queue();
        enqueue(B, queue, "erin", "erin-1");
        ClaimedJob job = uow.withoutOrganization(() -> jobs.claim(queue, 10, Duration.ofSeconds(1))).get(0);

        uow.runInOrganization(A, () -> jobs.complete(job));

        assertThat(uow.inOrganization(B, () -> new Jdbc(uow).one("select count(*) from jobs where id = ?",
                rs -> rs.getLong(1), job.id()))).contains(1L);
    }
}

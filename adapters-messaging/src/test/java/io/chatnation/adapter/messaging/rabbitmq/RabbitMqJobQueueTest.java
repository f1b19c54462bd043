package io.chatnation.adapter.messaging.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.shared.out.JobQueue.ClaimedJob;
import io.chatnation.ports.shared.out.JobQueue.NewJob;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against the RabbitMQ on this machine (127.0.0.1:5672, guest/guest); every test uses queues of its own. */
class RabbitMqJobQueueTest {

    private static final URI RABBITMQ = URI.create("amqp://guest:guest@127.0.0.1:5672");
    private static final String QUEUE = "inbound";
    private static final int SHARDS = 4;
    private static final Duration LEASE = Duration.ofSeconds(60);

    private final OrgId org = new OrgId(UUID.randomUUID());
    private final InMemoryOutbox outbox = new InMemoryOutbox(org);
    private final String prefix = "test.jobs." + UUID.randomUUID();
    private final List<RabbitMqJobQueue> brokers = new ArrayList<>();

    @AfterEach
    void deleteQueues() throws Exception {
        brokers.forEach(RabbitMqJobQueue::close);
        QueueNames names = new QueueNames(prefix, SHARDS);
        withChannel(channel -> {
            for (String shard : names.shards(QUEUE)) {
                channel.queueDelete(shard);
            }
            channel.queueDelete(names.dead(QUEUE));
            return null;
        });
    }

    @Test
    void a_relayed_job_leaves_the_outbox_and_arrives_with_its_organisation_key_and_payload() {
        RabbitMqJobQueue broker = broker();
        broker.enqueue(new NewJob(QUEUE, "account:+254700000001", Map.of("kind", "message", "message", "m-1")));

        int relayed = relay(broker).relayReady(QUEUE, 10);

        assertThat(relayed).isEqualTo(1);
        assertThat(outbox.size()).isZero();
        ClaimedJob job = awaitOne(broker);
        assertThat(job.org()).isEqualTo(org);
        assertThat(job.orderingKey()).isEqualTo("account:+254700000001");
        assertThat(job.payload()).isEqualTo(Map.of("kind", "message", "message", "m-1"));
        assertThat(job.attempt()).isEqualTo(1);
    }

    @Test
    void only_completed_jobs_are_acknowledged_and_the_rest_come_back_after_the_connection_drops() {
        RabbitMqJobQueue first = broker();
        for (int i = 0; i < 10; i++) {
            first.enqueue(new NewJob(QUEUE, "key-" + i, Map.of("n", String.valueOf(i))));
        }
        relayAll(first);
        ClaimedJob done = awaitOne(first);
        first.complete(done);
        awaitOne(first); // claimed and being worked on when the server goes down

        first.close();
        RabbitMqJobQueue second = broker();
        List<ClaimedJob> after = drain(second, 9);

        assertThat(after).extracting(j -> j.get("n")).hasSize(9).doesNotHaveDuplicates().doesNotContain(done.get("n"));
        assertThat(after).extracting(ClaimedJob::attempt).contains(2);
        assertThat(claimFor(second, Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void a_failed_job_comes_back_after_the_delay_and_holds_back_the_next_job_of_its_key() {
        RabbitMqJobQueue broker = broker();
        broker.enqueue(new NewJob(QUEUE, "same", Map.of("n", "1")));
        broker.enqueue(new NewJob(QUEUE, "same", Map.of("n", "2")));
        relayAll(broker);
        ClaimedJob first = awaitOne(broker);
        assertThat(first.get("n")).isEqualTo("1");

        long failedAt = System.nanoTime();
        broker.retryLater(first, Duration.ofMillis(400), 5, "IllegalStateException: provider down");

        assertThat(claimFor(broker, Duration.ofMillis(200))).as("nothing while the failed job waits").isEmpty();
        ClaimedJob again = awaitOne(broker);
        assertThat(Duration.ofNanos(System.nanoTime() - failedAt)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(again.get("n")).isEqualTo("1");
        assertThat(again.attempt()).isEqualTo(2);
        broker.complete(again);
        assertThat(awaitOne(broker).get("n")).isEqualTo("2");
    }

    @Test
    void after_the_last_attempt_a_job_is_dead_lettered_with_its_reason_and_the_next_job_of_its_key_runs() throws Exception {
        RabbitMqJobQueue broker = broker();
        broker.enqueue(new NewJob(QUEUE, "poison", Map.of("n", "1")));
        broker.enqueue(new NewJob(QUEUE, "poison", Map.of("n", "2")));
        relayAll(broker);

        broker.retryLater(awaitOne(broker), Duration.ofMillis(10), 2, "first failure");
        ClaimedJob last = awaitOne(broker);
        assertThat(last.attempt()).isEqualTo(2);
        broker.retryLater(last, Duration.ofMillis(10), 2, "IllegalStateException: still broken");

        assertThat(awaitOne(broker).get("n")).isEqualTo("2");
        GetResponse dead = withChannel(channel -> channel.basicGet(broker.names().dead(QUEUE), true));
        assertThat(dead).isNotNull();
        assertThat(new String(dead.getBody())).contains("\"poison\"", "\"n\":\"1\"");
        assertThat(dead.getProps().getHeaders().get("x-chatnation-error").toString()).isEqualTo("IllegalStateException: still broken");
        assertThat(dead.getProps().getDeliveryMode()).as("persistent").isEqualTo(2);
    }

    @Test
    void each_keys_jobs_run_one_at_a_time_in_order_while_several_workers_claim_side_by_side() throws Exception {
        RabbitMqJobQueue broker = broker();
        int keys = 6;
        int perKey = 15;
        for (int n = 0; n < perKey; n++) {
            for (int k = 0; k < keys; k++) {
                broker.enqueue(new NewJob(QUEUE, "key-" + k, Map.of("key", "key-" + k, "n", String.valueOf(n))));
            }
        }
        OutboxRelay relay = relay(broker);
        Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
        Set<String> running = ConcurrentHashMap.newKeySet();
        AtomicBoolean overlapped = new AtomicBoolean();
        AtomicInteger done = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(5);
        workers.execute(() -> {
            while (outbox.size() > 0) {
                relay.relayReady(QUEUE, 50);
            }
        });
        for (int w = 0; w < 4; w++) {
            workers.execute(() -> {
                while (done.get() < keys * perKey && !Thread.currentThread().isInterrupted()) {
                    for (ClaimedJob job : broker.claim(QUEUE, 3, LEASE)) {
                        if (!running.add(job.get("key"))) {
                            overlapped.set(true);
                        }
                        seen.computeIfAbsent(job.get("key"), k -> Collections.synchronizedList(new ArrayList<>()))
                                .add(Integer.parseInt(job.get("n")));
                        sleep(1);
                        running.remove(job.get("key"));
                        broker.complete(job);
                        done.incrementAndGet();
                    }
                    sleep(2);
                }
            });
        }
        workers.shutdown();
        assertThat(workers.awaitTermination(30, TimeUnit.SECONDS)).as("all jobs done").isTrue();

        assertThat(overlapped).as("two jobs of one key at once").isFalse();
        assertThat(seen).hasSize(keys);
        List<Integer> inOrder = IntStream.range(0, perKey).boxed().toList();
        seen.forEach((key, order) -> assertThat(order).as(key).isEqualTo(inOrder));
    }

    @Test
    void a_relay_that_dies_between_publishing_and_deleting_publishes_again_and_nothing_is_lost() {
        RabbitMqJobQueue broker = broker();
        broker.enqueue(new NewJob(QUEUE, "k", Map.of("n", "1")));
        OutboxRelay relay = relay(broker);
        outbox.failNextCompletions(1);

        assertThatThrownBy(() -> relay.relayReady(QUEUE, 10)).hasMessageContaining("went away");
        assertThat(outbox.size()).as("still in the outbox").isEqualTo(1);
        outbox.expireLeases();
        assertThat(relay.relayReady(QUEUE, 10)).isEqualTo(1);

        assertThat(outbox.size()).isZero();
        ClaimedJob first = awaitOne(broker);
        broker.complete(first);
        ClaimedJob duplicate = awaitOne(broker);
        assertThat(duplicate.id()).as("the same job, which the idempotent handler absorbs").isEqualTo(first.id());
    }

    @Test
    void a_message_that_is_no_job_is_set_aside_as_dead_at_once_and_the_jobs_behind_it_run() throws Exception {
        RabbitMqJobQueue broker = broker();
        broker.enqueue(new NewJob(QUEUE, "k", Map.of("n", "1")));
        String shard = broker.names().shard(QUEUE, "k");
        broker.claim(QUEUE, 1, LEASE); // declares the queues and starts consuming
        withChannel(channel -> {
            channel.basicPublish("", shard, null, "not json".getBytes());
            return null;
        });
        relayAll(broker);

        assertThat(awaitOne(broker).get("n")).isEqualTo("1");
        GetResponse dead = withChannel(channel -> channel.basicGet(broker.names().dead(QUEUE), true));
        assertThat(dead).isNotNull();
        assertThat(new String(dead.getBody())).isEqualTo("not json");
    }

    private RabbitMqJobQueue broker() {
        RabbitMqJobQueue broker = new RabbitMqJobQueue(RABBITMQ, outbox, prefix, SHARDS);
        brokers.add(broker);
        return broker;
    }

    private OutboxRelay relay(RabbitMqJobQueue broker) {
        return new OutboxRelay(outbox, outbox, broker);
    }

    private void relayAll(RabbitMqJobQueue broker) {
        OutboxRelay relay = relay(broker);
        while (outbox.size() > 0) {
            relay.relayReady(QUEUE, 100);
        }
    }

    private static ClaimedJob awaitOne(RabbitMqJobQueue broker) {
        List<ClaimedJob> jobs = claimFor(broker, Duration.ofSeconds(10), 1);
        assertThat(jobs).as("a job within 10 s").hasSize(1);
        return jobs.get(0);
    }

    private static List<ClaimedJob> drain(RabbitMqJobQueue broker, int count) {
        return claimFor(broker, Duration.ofSeconds(10), count);
    }

    private static List<ClaimedJob> claimFor(RabbitMqJobQueue broker, Duration wait) {
        return claimFor(broker, wait, 1);
    }

    /** Claims until {@code count} jobs came (completing all but the last unless only one is asked) or time is up. */
    private static List<ClaimedJob> claimFor(RabbitMqJobQueue broker, Duration wait, int count) {
        long end = System.nanoTime() + wait.toNanos();
        List<ClaimedJob> jobs = new ArrayList<>();
        while (jobs.size() < count && System.nanoTime() < end) {
            List<ClaimedJob> claimed = broker.claim(QUEUE, count - jobs.size(), LEASE);
            jobs.addAll(claimed);
            if (count > 1) {
                // A shard hands out its next job only once the last one is done.
                claimed.forEach(broker::complete);
            }
            sleep(10);
        }
        return jobs;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface ChannelWork<T> {
        T apply(Channel channel) throws Exception;
    }

    private static <T> T withChannel(ChannelWork<T> work) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(RABBITMQ);
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            return work.apply(channel);
        }
    }
}

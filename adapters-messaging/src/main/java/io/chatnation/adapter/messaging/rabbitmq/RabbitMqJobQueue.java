package io.chatnation.adapter.messaging.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.MessageProperties;
import io.chatnation.ports.shared.out.JobQueue;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The job queue on RabbitMQ, fed from the PostgreSQL outbox.
 *
 * <p><b>Atomic enqueue.</b> {@link #enqueue} writes the job to the outbox (the embedded queue's {@code jobs} table) in
 * the caller's transaction, so a job exists exactly when its change committed; {@link OutboxRelay} then publishes it
 * here and deletes the row only after the broker confirmed it. A crash between the two publishes it again: at-least-once,
 * and the handlers are idempotent.
 *
 * <p><b>Ordering per key: consistent-hash shards with one active consumer each.</b> A job goes to shard
 * {@code hash(orderingKey) mod shards} (a durable queue), so one sender's jobs share one FIFO queue. Each shard queue
 * is declared single-active-consumer, so across every server only one consumer reads it, and that consumer has a
 * prefetch of one, so the next job of a shard is delivered only once the previous one is acknowledged. Both together
 * keep a sender's jobs one at a time, oldest first, like the embedded queue, while different shards run in parallel.
 * Chosen over one queue per contact (unbounded queue count) and over a consistent-hash exchange (a plugin, and the
 * client-side hash is as stable: {@link String#hashCode} is specified). The price: a job waiting to be retried holds up
 * the other senders of its shard, so the shard count should comfortably exceed the worker threads. Changing the
 * shard count while jobs are queued may reorder those jobs once.
 *
 * <p><b>Acknowledgement, retry and dead letters.</b> A job is acknowledged only by {@link #complete}, after its
 * handler succeeded. {@link #retryLater} keeps the delivery unacknowledged and hands it out again after the delay
 * (so later jobs of the key still wait behind it); after {@code maxAttempts} it is published, with the reason, to the
 * queue's dead-letter queue and only then acknowledged. A consumer whose connection drops has its unacknowledged
 * jobs redelivered by the broker; attempts are counted per process, and a redelivered job counts as a second attempt.
 * The lease passed to {@link #claim} is not needed: the broker's own delivery tracking takes its place.
 */
public final class RabbitMqJobQueue implements JobQueue, AutoCloseable {

    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);

    private final JobQueue outbox;
    private final QueueNames names;
    private final JobMessages messages = new JobMessages();
    private final Connection connection;
    private Channel publisher;
    private final Set<String> declared = ConcurrentHashMap.newKeySet();
    private final Map<String, LinkedBlockingQueue<Delivery>> ready = new ConcurrentHashMap<>();
    private final Map<ClaimedJob, Delivery> claimed = Collections.synchronizedMap(new IdentityHashMap<>());
    private final ScheduledExecutorService retries;

    /**
     * @param outbox where jobs are written in the caller's transaction, and whence {@link OutboxRelay} takes them
     * @param prefix the start of every queue name, e.g. {@code chatnation.jobs}
     */
    public RabbitMqJobQueue(URI uri, JobQueue outbox, String prefix, int shards) {
        this.outbox = outbox;
        this.names = new QueueNames(prefix, shards);
        try {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setUri(uri);
            factory.setAutomaticRecoveryEnabled(true);
            factory.setNetworkRecoveryInterval(1000);
            this.connection = factory.newConnection("chatnation-jobs");
            this.publisher = openPublisher();
        } catch (Exception e) {
            throw new IllegalStateException("cannot connect to RabbitMQ at " + uri.getHost() + ":" + uri.getPort(), e);
        }
        this.retries = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rabbitmq-job-retries");
            thread.setDaemon(true);
            return thread;
        });
    }

    public QueueNames names() {
        return names;
    }

    @Override
    public void enqueue(NewJob job) {
        outbox.enqueue(job);
    }

    @Override
    public void enqueueAll(List<NewJob> jobs) {
        outbox.enqueueAll(jobs);
    }

    /** Publishes jobs taken from the outbox, persistent, and returns once the broker confirmed every one. */
    public void publish(String queue, List<ClaimedJob> jobs) {
        declare(queue);
        List<Outgoing> outgoing = new ArrayList<>(jobs.size());
        for (ClaimedJob job : jobs) {
            outgoing.add(new Outgoing(names.shard(queue, job.orderingKey()), MessageProperties.PERSISTENT_BASIC,
                    messages.write(job)));
        }
        publishConfirmed(outgoing, jobs.size() + " jobs of " + queue);
    }

    /** Publishes and waits until the broker has taken responsibility for every message (publisher confirms). */
    private synchronized void publishConfirmed(List<Outgoing> outgoing, String what) {
        try {
            Channel channel = publisher();
            for (Outgoing message : outgoing) {
                channel.basicPublish("", message.queue(), message.properties(), message.body());
            }
            if (!channel.waitForConfirms(CONFIRM_TIMEOUT.toMillis())) {
                throw new IllegalStateException("RabbitMQ refused " + what);
            }
        } catch (IOException | InterruptedException | TimeoutException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("RabbitMQ did not confirm " + what, e);
        }
    }

    /**
     * The publishing channel, opened again if the broker closed it (a refused declaration closes a channel, and
     * automatic recovery only reopens channels after a lost connection).
     */
    private synchronized Channel publisher() throws IOException {
        if (!publisher.isOpen()) {
            publisher = openPublisher();
        }
        return publisher;
    }

    private Channel openPublisher() throws IOException {
        Channel channel = connection.createChannel();
        channel.confirmSelect();
        return channel;
    }

    private record Outgoing(String queue, AMQP.BasicProperties properties, byte[] body) {}

    @Override
    public List<ClaimedJob> claim(String queue, int max, Duration lease) {
        LinkedBlockingQueue<Delivery> buffer = consume(queue);
        List<Delivery> taken = new ArrayList<>();
        buffer.drainTo(taken, max);
        List<ClaimedJob> jobs = new ArrayList<>(taken.size());
        for (Delivery delivery : taken) {
            claimed.put(delivery.job(), delivery);
            jobs.add(delivery.job());
        }
        return jobs;
    }

    @Override
    public void complete(ClaimedJob job) {
        Delivery delivery = claimed.remove(job);
        if (delivery != null) {
            delivery.ack();
        }
    }

    @Override
    public void retryLater(ClaimedJob job, Duration delay, int maxAttempts, String reason) {
        Delivery delivery = claimed.remove(job);
        if (delivery == null) {
            return;
        }
        if (job.attempt() >= maxAttempts) {
            deadLetter(delivery, reason);
            return;
        }
        Delivery again = delivery.nextAttempt();
        retries.schedule(() -> ready.get(delivery.queue()).add(again), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void deadLetter(Delivery delivery, String reason) {
        // Acknowledged only once the dead letter is confirmed: otherwise the broker hands the job out again.
        deadLetter(delivery.queue(), messages.write(delivery.job()), delivery.job().attempt(), reason);
        delivery.ack();
    }

    private void deadLetter(String queue, byte[] body, int attempts, String reason) {
        String error = reason == null ? "" : reason.substring(0, Math.min(reason.length(), 1000));
        AMQP.BasicProperties properties = MessageProperties.PERSISTENT_BASIC.builder()
                .headers(Map.of("x-chatnation-attempts", attempts, "x-chatnation-error", error))
                .build();
        publishConfirmed(List.of(new Outgoing(names.dead(queue), properties, body)), "a dead letter of " + queue);
    }

    private LinkedBlockingQueue<Delivery> consume(String queue) {
        LinkedBlockingQueue<Delivery> existing = ready.get(queue);
        if (existing != null) {
            return existing;
        }
        synchronized (ready) {
            if (ready.containsKey(queue)) {
                return ready.get(queue);
            }
            declare(queue);
            LinkedBlockingQueue<Delivery> buffer = new LinkedBlockingQueue<>();
            try {
                for (String shard : names.shards(queue)) {
                    Channel channel = connection.createChannel();
                    channel.basicQos(1);
                    channel.basicConsume(shard, false, new DefaultConsumer(channel) {
                        @Override
                        public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties,
                                                   byte[] body) throws IOException {
                            ClaimedJob job;
                            try {
                                job = messages.read(body, envelope.isRedeliver() ? 2 : 1);
                            } catch (IllegalStateException unreadable) {
                                // No handler can ever take it: set it aside at once instead of redelivering it for ever.
                                deadLetter(queue, body, 0, unreadable.getMessage());
                                synchronized (channel) {
                                    channel.basicAck(envelope.getDeliveryTag(), false);
                                }
                                return;
                            }
                            buffer.add(new Delivery(queue, channel, envelope.getDeliveryTag(), job));
                        }
                    });
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot consume the RabbitMQ queues of " + queue, e);
            }
            ready.put(queue, buffer);
            return buffer;
        }
    }

    private void declare(String queue) {
        if (declared.contains(queue)) {
            return;
        }
        synchronized (this) {
            try {
                Channel channel = publisher();
                for (String shard : names.shards(queue)) {
                    channel.queueDeclare(shard, true, false, false, Map.of("x-single-active-consumer", true));
                }
                channel.queueDeclare(names.dead(queue), true, false, false, Map.of());
            } catch (IOException e) {
                throw new IllegalStateException("cannot declare the RabbitMQ queues of " + queue, e);
            }
        }
        declared.add(queue);
    }

    /** Closes the connection: jobs claimed but not completed are handed out again by the broker. */
    @Override
    public void close() {
        retries.shutdownNow();
        try {
            if (connection.isOpen()) {
                connection.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException("closing the RabbitMQ connection failed", e);
        }
    }

    /** A job delivered to this process and not yet acknowledged. */
    private record Delivery(String queue, Channel channel, long tag, ClaimedJob job) {

        Delivery nextAttempt() {
            return new Delivery(queue, channel, tag,
                    new ClaimedJob(job.id(), job.org(), job.orderingKey(), job.payload(), job.attempt() + 1));
        }

        void ack() {
            try {
                synchronized (channel) {
                    channel.basicAck(tag, false);
                }
            } catch (IOException e) {
                // The channel is gone, and with it the delivery: the broker hands the job out again.
                throw new IllegalStateException("acknowledging job " + job.id() + " failed", e);
            }
        }
    }
}

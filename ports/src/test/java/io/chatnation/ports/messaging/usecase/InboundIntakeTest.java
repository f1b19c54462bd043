package io.chatnation.ports.messaging.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.messaging.BusinessAccountId;
import io.chatnation.domain.messaging.BusinessNumberId;
import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.domain.messaging.InboundHeader;
import io.chatnation.domain.messaging.InboundMessage;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.domain.messaging.SenderProfile;
import io.chatnation.domain.messaging.WebhookKey;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.in.ReceiveChannelWebhook.Accepted;
import io.chatnation.ports.messaging.out.Messages;
import io.chatnation.ports.messaging.out.Messages.NewInbound;
import io.chatnation.ports.shared.out.JobQueue;
import io.chatnation.ports.shared.out.JobQueue.NewJob;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Webhook deliveries are stored in shared transactions, but each is answered for itself: what was new, and a failure
 * only where its own delivery failed, with nothing of a failed transaction kept.
 */
class InboundIntakeTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final OrgId ORG = new OrgId(UUID.randomUUID());
    private static final ChannelAccount ACCOUNT = new ChannelAccount(new ChannelAccountId(UUID.randomUUID()),
            ChannelProvider.WHATSAPP_CLOUD, new BusinessNumberId("106540352242922"), new BusinessAccountId("102290129340398"),
            new PhoneNumber("+254700000001"), new WebhookKey("k".repeat(43)), UUID.randomUUID(), NOW);
    private static final String POISON = "wamid.poison";

    /** What committed; a transaction's writes join it only if the transaction completes. */
    private final Set<String> storedIds = new HashSet<>();
    private final List<NewJob> queuedJobs = new ArrayList<>();
    private final ThreadLocal<Transaction> open = new ThreadLocal<>();
    private final List<Integer> transactionSizes = new ArrayList<>();
    private volatile CountDownLatch holdFirstWrite = new CountDownLatch(0);
    private final ExecutorService webhooks = Executors.newFixedThreadPool(8);
    private InboundIntake intake;

    private static final class Transaction {
        final Set<String> stored = new HashSet<>();
        final List<NewJob> jobs = new ArrayList<>();
        int deliveries;
    }

    private final UnitOfWork uow = new UnitOfWork() {
        @Override
        public <T> T inOrganization(OrgId org, Supplier<T> work) {
            Transaction tx = new Transaction();
            open.set(tx);
            try {
                T result = work.get();
                synchronized (InboundIntakeTest.this) {
                    storedIds.addAll(tx.stored);
                    queuedJobs.addAll(tx.jobs);
                    transactionSizes.add(tx.deliveries);
                }
                return result;
            } finally {
                open.remove();
            }
        }

        @Override
        public <T> T withoutOrganization(Supplier<T> work) {
            throw new UnsupportedOperationException();
        }
    };

    @SuppressWarnings("unchecked")
    private final Messages messages = (Messages) Proxy.newProxyInstance(Messages.class.getClassLoader(),
            new Class<?>[] {Messages.class}, (proxy, method, args) -> {
                if (!method.getName().equals("storeInbound") || args.length != 3) {
                    throw new UnsupportedOperationException(method.getName());
                }
                holdFirstWrite.await(5, TimeUnit.SECONDS);
                Transaction tx = open.get();
                tx.deliveries++;
                List<Boolean> fresh = new ArrayList<>();
                for (NewInbound message : (List<NewInbound>) args[1]) {
                    String id = message.message().header().id().value();
                    if (id.equals(POISON)) {
                        throw new IllegalStateException("value too long for type character varying");
                    }
                    boolean known;
                    synchronized (InboundIntakeTest.this) {
                        known = storedIds.contains(id);
                    }
                    fresh.add(!known && tx.stored.add(id));
                }
                return fresh;
            });

    private final JobQueue jobs = (JobQueue) Proxy.newProxyInstance(JobQueue.class.getClassLoader(),
            new Class<?>[] {JobQueue.class}, (proxy, method, args) -> {
                if (!method.getName().equals("enqueueAll")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                @SuppressWarnings("unchecked")
                List<NewJob> added = (List<NewJob>) args[0];
                open.get().jobs.addAll(added);
                return null;
            });

    private InboundIntake intake(int writers) {
        intake = new InboundIntake(uow, messages, jobs, () -> UUID.randomUUID(), Clock.fixed(NOW, ZoneOffset.UTC),
                writers);
        return intake;
    }

    @AfterEach
    void stop() throws InterruptedException {
        webhooks.shutdownNow();
        if (intake != null) {
            intake.close();
        }
    }

    @Test
    void everyDeliveryIsAnsweredForItselfAndARedeliveryQueuesNothing() throws Exception {
        InboundIntake intake = intake(2);
        List<Future<Accepted>> answers = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            String id = "wamid." + n;
            answers.add(webhooks.submit(() -> intake.accept(ORG, ACCOUNT, List.of(text(id)), List.of())));
        }
        for (Future<Accepted> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS).newMessages()).isEqualTo(1);
        }
        assertThat(storedIds).hasSize(200);
        assertThat(queuedJobs).hasSize(200);

        Accepted again = intake.accept(ORG, ACCOUNT, List.of(text("wamid.7")), List.of());

        assertThat(again.newMessages()).isZero();
        assertThat(queuedJobs).hasSize(200);
    }

    @Test
    void deliveriesWaitingTogetherShareOneTransaction() throws Exception {
        InboundIntake intake = intake(1);
        holdFirstWrite = new CountDownLatch(1);
        Future<Accepted> first = webhooks.submit(() -> intake.accept(ORG, ACCOUNT, List.of(text("wamid.first")), List.of()));
        awaitTransactionsStarted();
        List<Future<Accepted>> waiting = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            String id = "wamid.waiting-" + n;
            waiting.add(webhooks.submit(() -> intake.accept(ORG, ACCOUNT, List.of(text(id)), List.of())));
        }
        Thread.sleep(200);
        holdFirstWrite.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).newMessages()).isEqualTo(1);
        for (Future<Accepted> answer : waiting) {
            assertThat(answer.get(10, TimeUnit.SECONDS).newMessages()).isEqualTo(1);
        }
        assertThat(transactionSizes).containsExactly(1, 5);
    }

    @Test
    void aDeliveryThatCannotBeStoredFailsAloneAndTheOthersInItsBatchAreKept() throws Exception {
        InboundIntake intake = intake(1);
        holdFirstWrite = new CountDownLatch(1);
        Future<Accepted> first = webhooks.submit(() -> intake.accept(ORG, ACCOUNT, List.of(text("wamid.first")), List.of()));
        awaitTransactionsStarted();
        Future<Accepted> before = webhooks.submit(() -> intake.accept(ORG, ACCOUNT, List.of(text("wamid.before")), List.of()));
        Thread.sleep(100);
        Future<Accepted> poisoned = webhooks.submit(() -> intake.accept(ORG, ACCOUNT, List.of(text(POISON)), List.of()));
        Thread.sleep(100);
        Future<Accepted> after = webhooks.submit(() -> intake.accept(ORG, ACCOUNT, List.of(text("wamid.after")), List.of()));
        Thread.sleep(100);
        holdFirstWrite.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).newMessages()).isEqualTo(1);
        assertThat(before.get(10, TimeUnit.SECONDS).newMessages()).isEqualTo(1);
        assertThat(after.get(10, TimeUnit.SECONDS).newMessages()).isEqualTo(1);
        assertThatThrownBy(() -> poisoned.get(10, TimeUnit.SECONDS))
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("value too long for type character varying");
        assertThat(storedIds).containsExactlyInAnyOrder("wamid.first", "wamid.before", "wamid.after");
        assertThat(queuedJobs).hasSize(3);
    }

    private void awaitTransactionsStarted() throws InterruptedException {
        // The writer has taken the first delivery once it waits in storeInbound: give it a moment to get there.
        Thread.sleep(200);
    }

    private static InboundMessage text(String id) {
        return new InboundMessage.TextMessage(new InboundHeader(new ProviderMessageId(id), ACCOUNT.phoneNumberId(),
                WhatsAppIdentity.ofPhone(new PhoneNumber("+254712345678")), SenderProfile.UNKNOWN, NOW,
                Optional.empty(), Optional.empty()), "hi");
    }
}

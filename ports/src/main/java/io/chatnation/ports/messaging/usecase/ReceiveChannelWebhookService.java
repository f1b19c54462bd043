package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.domain.messaging.ChannelSecret;
import io.chatnation.domain.messaging.DeliveryReport;
import io.chatnation.domain.messaging.InboundMessage;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.WebhookKey;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.ports.messaging.in.ReceiveChannelWebhook;
import io.chatnation.ports.messaging.out.ChannelAccountLocator;
import io.chatnation.ports.messaging.out.ChannelAccountLocator.AccountKey;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.messaging.out.ChannelWebhooks;
import io.chatnation.ports.messaging.out.Messages;
import io.chatnation.ports.shared.out.JobQueue;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The acknowledging half of the inbound pipeline: authenticate, store, queue, answer. Routing happens later in a
 * worker, so the provider gets its 200 within milliseconds however slow the rest is.
 */
public final class ReceiveChannelWebhookService implements ReceiveChannelWebhook {

    private final UnitOfWork uow;
    private final ChannelAccountLocator locator;
    private final ChannelAccounts accounts;
    private final Map<ChannelProvider, ChannelWebhooks> webhooks;
    private final Messages messages;
    private final JobQueue jobs;
    private final IdGenerator ids;
    private final Clock clock;

    /** Reads every provider's webhooks with the format of that provider ({@code webhooks} by provider). */
    public ReceiveChannelWebhookService(UnitOfWork uow, ChannelAccountLocator locator, ChannelAccounts accounts,
                                        Map<ChannelProvider, ChannelWebhooks> webhooks, Messages messages, JobQueue jobs,
                                        IdGenerator ids, Clock clock) {
        this.uow = uow;
        this.locator = locator;
        this.accounts = accounts;
        this.webhooks = Map.copyOf(webhooks);
        this.messages = messages;
        this.jobs = jobs;
        this.ids = ids;
        this.clock = clock;
    }

    /** Only the Cloud API webhooks. */
    public ReceiveChannelWebhookService(UnitOfWork uow, ChannelAccountLocator locator, ChannelAccounts accounts,
                                        ChannelWebhooks webhooks, Messages messages, JobQueue jobs, IdGenerator ids,
                                        Clock clock) {
        this(uow, locator, accounts, Map.of(ChannelProvider.WHATSAPP_CLOUD, webhooks), messages, jobs, ids, clock);
    }

    @Override
    public ChannelWebhooks.HandshakeAnswer handshake(WebhookKey key, Map<String, String> queryParameters) {
        AccountKey found = locate(key);
        ChannelCredentials credentials = uow.inOrganization(found.org(), () -> credentials(found));
        // Only Meta subscribes a webhook with a handshake; Twilio's and the sandbox's URLs are simply configured.
        if (credentials instanceof ChannelCredentials.CloudApi cloud && webhooks.containsKey(cloud.provider())) {
            return webhooks.get(cloud.provider()).answerHandshake(queryParameters, cloud.verifyToken());
        }
        return new ChannelWebhooks.Refused("This channel account has no subscription handshake");
    }

    @Override
    public Receipt receive(WebhookKey key, ChannelWebhooks.Delivery delivery) {
        AccountKey found = locate(key);
        return uow.inOrganization(found.org(), () -> {
            ChannelAccount account = accounts.find(found.account()).orElseThrow(ReceiveChannelWebhookService::unknown);
            ChannelWebhooks format = webhooks.get(account.provider());
            Optional<ChannelSecret> secret = credentials(found).webhookSigningSecret();
            if (format == null || secret.isEmpty()) {
                // The sandbox's traffic never comes over HTTP: whoever posts to its URL is not a provider of ours.
                return new Unauthenticated("This channel account takes no webhooks");
            }
            ChannelWebhooks.Decoding decoding = format.decode(delivery, secret.get());
            if (decoding instanceof ChannelWebhooks.Unauthenticated refused) {
                return new Unauthenticated(refused.reason());
            }
            if (decoding instanceof ChannelWebhooks.Malformed malformed) {
                return new Malformed(malformed.reason());
            }
            return store(account, ((ChannelWebhooks.Decoded) decoding));
        });
    }

    private Accepted store(ChannelAccount account, ChannelWebhooks.Decoded decoded) {
        Instant now = clock.instant();
        int stored = 0;
        int reports = 0;
        // One app may post the traffic of several numbers to each of its webhooks: only this account's is ours here.
        for (InboundMessage message : decoded.batch().messages()) {
            if (account.carries(message.header().receivedOn())) {
                MessageId id = new MessageId(ids.next());
                if (messages.storeInbound(id, account.id(), message, now)) {
                    jobs.enqueue(InboundJobs.message(account, message, id));
                    InboundMediaJob.of(account, message, id).ifPresent(jobs::enqueue);
                    stored++;
                }
            }
        }
        for (DeliveryReport report : decoded.batch().reports()) {
            if (account.carries(report.sentFrom())) {
                jobs.enqueue(InboundJobs.report(account, report));
                reports++;
            }
        }
        return new Accepted(stored, reports);
    }

    private AccountKey locate(WebhookKey key) {
        return uow.withoutOrganization(() -> locator.byWebhookKey(key)).orElseThrow(ReceiveChannelWebhookService::unknown);
    }

    private ChannelCredentials credentials(AccountKey found) {
        return accounts.credentials(found.account()).orElseThrow(ReceiveChannelWebhookService::unknown);
    }

    private static NotFound unknown() {
        return new NotFound("Webhook");
    }
}

package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.domain.messaging.ChannelSecret;
import io.chatnation.domain.messaging.DeliveryReport;
import io.chatnation.domain.messaging.InboundBatch;
import io.chatnation.domain.messaging.InboundMessage;
import io.chatnation.domain.messaging.WebhookKey;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.ports.messaging.in.ReceiveChannelWebhook;
import io.chatnation.ports.messaging.out.ChannelWebhooks;
import io.chatnation.ports.messaging.usecase.ConnectedAccounts.Connected;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The acknowledging half of the inbound pipeline: authenticate, store, queue, answer. Routing happens later in a
 * worker, so the provider gets its 200 within milliseconds however slow the rest is.
 */
public final class ReceiveChannelWebhookService implements ReceiveChannelWebhook {

    private final ConnectedAccounts accounts;
    private final Map<ChannelProvider, ChannelWebhooks> webhooks;
    private final InboundIntake intake;

    /** Reads every provider's webhooks with the format of that provider ({@code webhooks} by provider). */
    public ReceiveChannelWebhookService(ConnectedAccounts accounts, Map<ChannelProvider, ChannelWebhooks> webhooks,
                                        InboundIntake intake) {
        this.accounts = accounts;
        this.webhooks = Map.copyOf(webhooks);
        this.intake = intake;
    }

    @Override
    public ChannelWebhooks.HandshakeAnswer handshake(WebhookKey key, Map<String, String> queryParameters) {
        ChannelCredentials credentials = locate(key).credentials();
        // Only Meta subscribes a webhook with a handshake; Twilio's and the sandbox's URLs are simply configured.
        if (credentials instanceof ChannelCredentials.CloudApi cloud && webhooks.containsKey(cloud.provider())) {
            return webhooks.get(cloud.provider()).answerHandshake(queryParameters, cloud.verifyToken());
        }
        return new ChannelWebhooks.Refused("This channel account has no subscription handshake");
    }

    @Override
    public Receipt receive(WebhookKey key, ChannelWebhooks.Delivery delivery) {
        Connected found = locate(key);
        ChannelAccount account = found.account();
        ChannelWebhooks format = webhooks.get(account.provider());
        Optional<ChannelSecret> secret = found.credentials().webhookSigningSecret();
        if (format == null || secret.isEmpty()) {
            // The sandbox's traffic never comes over HTTP: whoever posts to its URL is not a provider of ours.
            return new Unauthenticated("This channel account takes no webhooks");
        }
        // Checked and parsed before any transaction: a forged or broken request costs the database nothing.
        ChannelWebhooks.Decoding decoding = format.decode(delivery, secret.get());
        if (decoding instanceof ChannelWebhooks.Unauthenticated refused) {
            return new Unauthenticated(refused.reason());
        }
        if (decoding instanceof ChannelWebhooks.Malformed malformed) {
            return new Malformed(malformed.reason());
        }
        InboundBatch batch = ((ChannelWebhooks.Decoded) decoding).batch();
        // One app may post the traffic of several numbers to each of its webhooks: only this account's is ours here.
        List<InboundMessage> received = batch.messages().stream()
                .filter(message -> account.carries(message.header().receivedOn())).toList();
        List<DeliveryReport> reports = batch.reports().stream()
                .filter(report -> account.carries(report.sentFrom())).toList();
        return intake.accept(found.org(), account, received, reports);
    }

    private Connected locate(WebhookKey key) {
        return accounts.byWebhookKey(key).orElseThrow(() -> new NotFound("Webhook"));
    }
}

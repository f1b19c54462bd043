package io.chatnation.app.server.messaging;

import io.chatnation.domain.messaging.WebhookKey;
import io.chatnation.ports.messaging.in.ReceiveChannelWebhook;
import io.chatnation.ports.messaging.out.ChannelWebhooks;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Rings {@link WorkArrived} once a webhook delivery has committed new messages or reports, so that the workers of
 * this process pick them up at once. The ring comes after the use case returns, that is after its transaction
 * committed: a worker woken earlier would not see the jobs yet.
 */
@Singleton
public class WebhooksRingForWork implements BeanCreatedEventListener<ReceiveChannelWebhook> {

    private final WorkArrived work;

    public WebhooksRingForWork(WorkArrived work) {
        this.work = work;
    }

    @Override
    public ReceiveChannelWebhook onCreated(BeanCreatedEvent<ReceiveChannelWebhook> event) {
        ReceiveChannelWebhook received = event.getBean();
        return new ReceiveChannelWebhook() {
            @Override
            public ChannelWebhooks.HandshakeAnswer handshake(WebhookKey key, Map<String, String> queryParameters) {
                return received.handshake(key, queryParameters);
            }

            @Override
            public Receipt receive(WebhookKey key, ChannelWebhooks.Delivery delivery) {
                Receipt receipt = received.receive(key, delivery);
                if (receipt instanceof Accepted accepted && accepted.newMessages() + accepted.reports() > 0) {
                    work.ring();
                }
                return receipt;
            }
        };
    }
}

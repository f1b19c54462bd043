package io.chatnation.app.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.adapter.messaging.rabbitmq.RabbitMqJobQueue;
import io.chatnation.app.server.TestPlatform;
import io.chatnation.ports.shared.out.JobQueue;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class on the server whose job queue is RabbitMQ (fed from the PostgreSQL outbox), against the broker on
 * this machine, then points the platform back at the embedded queue for the classes that follow.
 */
final class OnRabbitMq implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestPlatform.use(TestPlatform.JobQueue.RABBITMQ);
        assertThat(TestPlatform.context().getBean(JobQueue.class)).isInstanceOf(RabbitMqJobQueue.class);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestPlatform.use(TestPlatform.JobQueue.EMBEDDED);
    }
}

package io.chatnation.app.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.adapter.messaging.rabbitmq.RabbitMqJobQueue;
import io.chatnation.app.server.TestPlatform;
import io.chatnation.ports.shared.out.JobQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The whole inbound suite again, on a server whose job queue is RabbitMQ (fed from the PostgreSQL outbox), against
 * the broker on this machine: the pipeline must behave the same whichever queue carries its jobs.
 */
class InboundWhatsAppOnRabbitMqTest extends InboundWhatsAppTest {

    @BeforeAll
    static void onRabbitMq() {
        TestPlatform.use(TestPlatform.JobQueue.RABBITMQ);
        assertThat(TestPlatform.context().getBean(JobQueue.class)).isInstanceOf(RabbitMqJobQueue.class);
    }

    @AfterAll
    static void backToTheEmbeddedQueue() {
        TestPlatform.use(TestPlatform.JobQueue.EMBEDDED);
    }
}

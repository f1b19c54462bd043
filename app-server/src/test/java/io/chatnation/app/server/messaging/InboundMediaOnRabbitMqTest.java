package io.chatnation.app.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.adapter.messaging.rabbitmq.RabbitMqJobQueue;
import io.chatnation.app.server.TestPlatform;
import io.chatnation.ports.shared.out.JobQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The inbound media suite again with RabbitMQ carrying the media jobs, against the broker on this machine. */
class InboundMediaOnRabbitMqTest extends InboundMediaTest {

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

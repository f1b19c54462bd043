package io.chatnation.app.server.messaging;

import org.junit.jupiter.api.extension.ExtendWith;

/** The inbound media suite again with RabbitMQ carrying the media jobs, against the broker on this machine. */
@ExtendWith(OnRabbitMq.class)
class InboundMediaOnRabbitMqTest extends InboundMediaTest {
}

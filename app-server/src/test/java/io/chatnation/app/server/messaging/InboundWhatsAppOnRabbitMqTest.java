package io.chatnation.app.server.messaging;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole inbound suite again, on a server whose job queue is RabbitMQ (fed from the PostgreSQL outbox), against
 * the broker on this machine: the pipeline must behave the same whichever queue carries its jobs.
 */
@ExtendWith(OnRabbitMq.class)
class InboundWhatsAppOnRabbitMqTest extends InboundWhatsAppTest {
}

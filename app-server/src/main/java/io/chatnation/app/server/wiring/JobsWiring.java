package io.chatnation.app.server.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatnation.adapter.messaging.rabbitmq.OutboxRelay;
import io.chatnation.adapter.messaging.rabbitmq.RabbitMqJobQueue;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.JdbcJobQueue;
import io.chatnation.ports.shared.out.JobQueue;
import io.chatnation.ports.shared.out.UnitOfWork;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;

/**
 * The job queue, chosen by {@code chatnation.jobs.queue}: {@code embedded} (the default) keeps jobs in PostgreSQL
 * and the workers claim them there; {@code rabbitmq} still writes every job to that table in the caller's
 * transaction, as an outbox, and {@link OutboxRelay} moves it to RabbitMQ, where the workers take it.
 */
@Factory
public class JobsWiring {

    static final String QUEUE_PROPERTY = "chatnation.jobs.queue";

    @Singleton
    @Requires(property = QUEUE_PROPERTY, value = "embedded", defaultValue = "embedded")
    JobQueue embeddedJobQueue(Jdbc jdbc) {
        return new JdbcJobQueue(jdbc, new ObjectMapper());
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = QUEUE_PROPERTY, value = "rabbitmq")
    RabbitMqJobQueue rabbitMqJobQueue(Jdbc jdbc, @Value("${chatnation.rabbitmq.uri}") URI uri,
                                      @Value("${chatnation.rabbitmq.queue-prefix:chatnation.jobs}") String prefix,
                                      @Value("${chatnation.rabbitmq.shards:16}") int shards) {
        return new RabbitMqJobQueue(uri, new JdbcJobQueue(jdbc, new ObjectMapper()), prefix, shards);
    }

    @Singleton
    @Requires(property = QUEUE_PROPERTY, value = "rabbitmq")
    OutboxRelay outboxRelay(UnitOfWork uow, Jdbc jdbc, RabbitMqJobQueue broker) {
        return new OutboxRelay(uow, new JdbcJobQueue(jdbc, new ObjectMapper()), broker);
    }
}

package io.chatnation.app.server;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.chatnation.adapter.messaging.rabbitmq.QueueNames;
import io.chatnation.ports.messaging.in.ProcessInboundJobs;
import java.net.URI;

/** Removes the RabbitMQ queues a test server declared, so test runs leave nothing behind on the broker. */
final class RabbitMqQueues {

    private RabbitMqQueues() {}

    static void delete(String uri, String prefix, int shards) {
        QueueNames names = new QueueNames(prefix, shards);
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(URI.create(uri));
            try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
                for (String shard : names.shards(ProcessInboundJobs.QUEUE)) {
                    channel.queueDelete(shard);
                }
                channel.queueDelete(names.dead(ProcessInboundJobs.QUEUE));
            }
        } catch (Exception e) {
            System.err.println("Could not delete the test queues " + prefix + ".*: " + e);
        }
    }
}

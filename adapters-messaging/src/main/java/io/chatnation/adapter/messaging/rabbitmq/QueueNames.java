package io.chatnation.adapter.messaging.rabbitmq;

import java.util.ArrayList;
import java.util.List;

/** The RabbitMQ queues behind one job queue: {@code prefix.queue.N} for each shard, and {@code prefix.queue.dead}. */
public record QueueNames(String prefix, int shards) {

    public QueueNames {
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("a queue name prefix is required");
        }
        if (shards < 1 || shards > 1024) {
            throw new IllegalArgumentException("shards must be between 1 and 1024, not " + shards);
        }
    }

    /** The shard of an ordering key: the same key always lands in the same queue, so its jobs stay in order. */
    public String shard(String queue, String orderingKey) {
        return prefix + "." + queue + "." + Math.floorMod(orderingKey.hashCode(), shards);
    }

    public List<String> shards(String queue) {
        List<String> all = new ArrayList<>(shards);
        for (int i = 0; i < shards; i++) {
            all.add(prefix + "." + queue + "." + i);
        }
        return all;
    }

    public String dead(String queue) {
        return prefix + "." + queue + ".dead";
    }
}

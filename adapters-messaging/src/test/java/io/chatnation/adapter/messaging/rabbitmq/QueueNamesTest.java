package io.chatnation.adapter.messaging.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueueNamesTest {

    private final QueueNames names = new QueueNames("chatnation.jobs", 8);

    @Test
    void a_key_always_lands_in_the_same_shard_and_keys_spread_over_all_shards() {
        String key = "7f9c2a4e-0000-4000-8000-000000000001:from:254712345678";

        assertThat(names.shard("messaging.inbound", key)).isEqualTo(names.shard("messaging.inbound", key))
                .isIn(names.shards("messaging.inbound"));
        Set<String> used = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            used.add(names.shard("messaging.inbound", "account:from:2547" + i));
        }
        assertThat(used).containsExactlyInAnyOrderElementsOf(names.shards("messaging.inbound"));
        assertThat(names.dead("messaging.inbound")).isEqualTo("chatnation.jobs.messaging.inbound.dead");
    }

    @Test
    void a_prefix_and_a_sane_shard_count_are_required() {
        assertThatThrownBy(() -> new QueueNames(" ", 4)).hasMessageContaining("prefix");
        assertThatThrownBy(() -> new QueueNames("p", 0)).hasMessageContaining("shards");
    }
}

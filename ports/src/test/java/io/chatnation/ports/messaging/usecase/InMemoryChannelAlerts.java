package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelAlert;
import io.chatnation.domain.messaging.ChannelAttention;
import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.ports.messaging.out.ChannelAlerts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One organisation's channel alerts in memory: an account is marked once, and raises one alert per incident. */
final class InMemoryChannelAlerts implements ChannelAlerts {

    final Map<ChannelAccountId, ChannelAttention> attention = new LinkedHashMap<>();
    final List<ChannelAlert> alerts = new ArrayList<>();

    @Override
    public boolean raise(ChannelAccountId account, ChannelFailure failure, Instant at) {
        if (attention.containsKey(account)) {
            return false;
        }
        attention.put(account, new ChannelAttention(account, failure.code(), failure.reason(), at));
        alerts.add(new ChannelAlert(UUID.randomUUID(), account, "channel.access_token_invalid", "Token refused",
                failure.reason(), at, Optional.empty()));
        return true;
    }

    @Override
    public Map<ChannelAccountId, ChannelAttention> attention() {
        return Map.copyOf(attention);
    }

    @Override
    public List<ChannelAlert> alerts(int limit) {
        return alerts.stream().limit(limit).toList();
    }

    @Override
    public Optional<ChannelAlert> alert(UUID id) {
        return alerts.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public void markRead(UUID id, Instant at) {
        alerts.replaceAll(a -> a.id().equals(id) && a.readAt().isEmpty()
                ? new ChannelAlert(a.id(), a.account(), a.code(), a.title(), a.message(), a.raisedAt(), Optional.of(at)) : a);
    }

    @Override
    public List<Due> undelivered(Instant now, int limit) {
        throw new UnsupportedOperationException("not needed by the use cases tested in memory");
    }

    @Override
    public Optional<ChannelAlert> claim(UUID id, Instant now, Instant until) {
        throw new UnsupportedOperationException("not needed by the use cases tested in memory");
    }

    @Override
    public void delivered(UUID id, String mailState, Instant at) {
        throw new UnsupportedOperationException("not needed by the use cases tested in memory");
    }
}

package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.WebhookKey;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.messaging.out.ChannelAccountLocator;
import io.chatnation.ports.messaging.out.ChannelAccountLocator.AccountKey;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The channel accounts the inbound pipeline works with, with their decrypted credentials, kept in memory for a few
 * seconds: every webhook and every inbound job needs them, and reading and decrypting them each time cost the
 * pipeline more than storing the message did. An account never changes once connected, only goes away, so a copy
 * can only be stale by having been disconnected since; for at most {@link #FRESH_FOR}, on every server alike, its
 * webhooks are still taken in and its jobs still answered through it, as they would have been a moment earlier
 * (on the server that disconnected it, not even that: it forgets the account at once).
 * Unknown keys and accounts are not remembered: each is looked up again.
 */
public final class ConnectedAccounts {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    /** An account with what it takes to check its webhooks and send through it. */
    public record Connected(OrgId org, ChannelAccount account, ChannelCredentials credentials) {
    }

    private record Entry(Connected connected, Instant readAt) {
    }

    private record ById(OrgId org, ChannelAccountId account) {
    }

    private final UnitOfWork uow;
    private final ChannelAccountLocator locator;
    private final ChannelAccounts accounts;
    private final Clock clock;
    private final ConcurrentMap<WebhookKey, Entry> byWebhookKey = new ConcurrentHashMap<>();
    private final ConcurrentMap<ById, Entry> byId = new ConcurrentHashMap<>();

    public ConnectedAccounts(UnitOfWork uow, ChannelAccountLocator locator, ChannelAccounts accounts, Clock clock) {
        this.uow = uow;
        this.locator = locator;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The account whose webhook URL carries {@code key}. */
    public Optional<Connected> byWebhookKey(WebhookKey key) {
        return cached(byWebhookKey, key, () -> uow.withoutOrganization(() -> locator.byWebhookKey(key))
                .flatMap(found -> read(found.org(), found)));
    }

    /** The organisation's account {@code id}, as a job names it. */
    public Optional<Connected> byId(OrgId org, ChannelAccountId id) {
        return cached(byId, new ById(org, id), () -> read(org, new AccountKey(org, id)));
    }

    /** Drops the account from memory, once it was disconnected. */
    public void forget(OrgId org, ChannelAccountId id) {
        byId.remove(new ById(org, id));
        byWebhookKey.values().removeIf(entry -> entry.connected().account().id().equals(id));
    }

    private Optional<Connected> read(OrgId org, AccountKey key) {
        return uow.inOrganization(org, () -> accounts.find(key.account()).flatMap(account ->
                accounts.credentials(account.id()).map(credentials -> new Connected(org, account, credentials))));
    }

    private <K> Optional<Connected> cached(ConcurrentMap<K, Entry> cache, K key, Supplier<Optional<Connected>> load) {
        Instant now = clock.instant();
        Entry entry = cache.get(key);
        if (entry != null && now.isBefore(entry.readAt().plus(FRESH_FOR))) {
            return Optional.of(entry.connected());
        }
        Optional<Connected> loaded = load.get();
        if (loaded.isPresent()) {
            cache.put(key, new Entry(loaded.get(), now));
        } else {
            cache.remove(key);
        }
        return loaded;
    }
}

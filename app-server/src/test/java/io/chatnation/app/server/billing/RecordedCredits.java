package io.chatnation.app.server.billing;

import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.CreditPurchasedTokens;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the wallets' {@link CreditPurchasedTokens} until they are part of the server, keeping its promise
 * (idempotent on the purchase id) and every call, so tests can tell credited-once from credited-twice.
 * Where the real implementation is present this bean steps aside; {@link #creditedTo} is then the one place to
 * read the balance from the wallet instead.
 */
@Singleton
@Requires(missingBeans = CreditPurchasedTokens.class)
public final class RecordedCredits implements CreditPurchasedTokens {

    private static final List<Command> CALLS = new CopyOnWriteArrayList<>();
    private static final Map<UUID, UUID> TRANSACTIONS = new ConcurrentHashMap<>();

    @Override
    public synchronized Result credit(Command command) {
        CALLS.add(command);
        UUID earlier = TRANSACTIONS.get(command.purchaseId());
        if (earlier != null) {
            return new Result(earlier, false, creditedTo(command.org()));
        }
        UUID transaction = UUID.randomUUID();
        TRANSACTIONS.put(command.purchaseId(), transaction);
        return new Result(transaction, true, creditedTo(command.org()));
    }

    /** Tokens credited to the organisation, each purchase counted once. */
    public static TokenAmount creditedTo(OrgId org) {
        return CALLS.stream().filter(c -> c.org().equals(org))
                .collect(java.util.stream.Collectors.toMap(Command::purchaseId, Command::amount, (a, b) -> a))
                .values().stream().reduce(TokenAmount.ZERO, TokenAmount::plus);
    }

    public static TokenAmount creditedTo(String orgId) {
        return creditedTo(OrgId.of(orgId));
    }

    /** How often the platform asked for this purchase to be credited: once, however often the provider confirmed. */
    public static long creditRequestsFor(String purchaseId) {
        UUID purchase = UUID.fromString(purchaseId);
        return CALLS.stream().filter(c -> c.purchaseId().equals(purchase)).count();
    }
}

package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.shared.TokenAmount;
import io.chatnation.ports.billing.in.CreditPurchasedTokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Stands in for the wallets: idempotent on the purchase id, as the real port promises, and keeps every call. */
final class RecordingCredits implements CreditPurchasedTokens {

    final List<Command> calls = new ArrayList<>();
    final Map<UUID, UUID> transactions = new LinkedHashMap<>();
    private TokenAmount balance = TokenAmount.ZERO;

    @Override
    public Result credit(Command command) {
        calls.add(command);
        UUID earlier = transactions.get(command.purchaseId());
        if (earlier != null) {
            return new Result(earlier, false, balance);
        }
        UUID transaction = UUID.randomUUID();
        transactions.put(command.purchaseId(), transaction);
        balance = balance.plus(command.amount());
        return new Result(transaction, true, balance);
    }

    TokenAmount balance() {
        return balance;
    }
}

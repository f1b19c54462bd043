package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.BillableAction;
import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.Memo;
import io.chatnation.domain.billing.ModuleName;
import io.chatnation.domain.billing.Movement;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.TokenAmount;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Charges a small action at once (a HypeCard render, a transcription), without a reservation. Called by other
 * modules' use cases, which have already authorised the action.
 *
 * @throws io.chatnation.domain.shared.InsufficientTokens when available cannot cover the amount
 */
public interface DebitTokens {

    Debited debit(Command command);

    /** @param wallet empty for the organisation's main wallet */
    record Command(Caller caller, Optional<WalletId> wallet, TokenAmount amount, ModuleName module, BillableAction action,
                   Optional<UUID> reference, IdempotencyKey key, Memo memo) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(wallet, "wallet");
            Movement.requirePositive("amount", amount);
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(key, "idempotency key");
            memo = memo == null ? Memo.NONE : memo;
        }
    }

    record Debited(UUID transactionId, WalletId wallet, TokenAmount amount, TokenAmount available, boolean replayed) {}
}

package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.Memo;
import io.chatnation.domain.billing.Movement;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.TokenAmount;
import java.util.Objects;
import java.util.UUID;

/**
 * Returns tokens of an earlier debit whose action failed after it was charged, to the wallet it came from.
 * Refunds of one debit never add up to more than the debit.
 *
 * @throws io.chatnation.domain.shared.NotFound     when {@code debit} is not a debit of this organisation
 * @throws io.chatnation.domain.shared.RuleViolated when the debit has no more to refund
 */
public interface RefundTokens {

    Refunded refund(Command command);

    record Command(Caller caller, UUID debit, TokenAmount amount, IdempotencyKey key, Memo reason) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(debit, "debit");
            Movement.requirePositive("amount", amount);
            Objects.requireNonNull(key, "idempotency key");
            reason = reason == null ? Memo.NONE : reason;
        }
    }

    record Refunded(UUID transactionId, WalletId wallet, TokenAmount amount, TokenAmount available, boolean replayed) {}
}

package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.Memo;
import io.chatnation.domain.billing.Movement;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.TokenAmount;
import java.util.Objects;
import java.util.UUID;

/**
 * Moves available tokens between two wallets of the organisation (main to an event's sub-wallet and back).
 * Needs {@code billing:manage}; audited.
 */
public interface TransferTokens {

    Transferred transfer(Command command);

    record Command(Caller caller, WalletId from, WalletId to, TokenAmount amount, IdempotencyKey key, Memo note) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.equals(to)) {
                throw InvalidInput.of("toWalletId", "must differ from fromWalletId");
            }
            Movement.requirePositive("tokens", amount);
            Objects.requireNonNull(key, "idempotency key");
            note = note == null ? Memo.NONE : note;
        }
    }

    /** @param fromAvailable, toAvailable the two wallets' available tokens right after the transfer */
    record Transferred(UUID outTransactionId, UUID inTransactionId, WalletId from, WalletId to, TokenAmount amount,
                       TokenAmount fromAvailable, TokenAmount toAvailable, boolean replayed) {}
}

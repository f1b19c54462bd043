package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.IdempotencyKey;
import io.chatnation.domain.billing.Memo;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.TokenAmount;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A correction of a wallet by the platform (goodwill credit, a failed top-up put right): adds or removes tokens
 * with a stated reason. Needs {@code platform:operate}; audited. A removal never takes available below zero.
 */
public interface AdjustWallet {

    Adjusted adjust(Command command);

    /** @param change positive to add tokens, negative to remove them; never zero */
    record Command(Caller caller, Optional<WalletId> wallet, TokenAmount change, Memo reason, IdempotencyKey key) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(wallet, "wallet");
            if (change == null) {
                throw InvalidInput.of("tokens", "is required");
            }
            if (change.milli() == 0) {
                throw InvalidInput.of("tokens", "must not be zero");
            }
            if (reason == null || reason.isEmpty()) {
                throw InvalidInput.of("reason", "is required");
            }
            Objects.requireNonNull(key, "idempotency key");
        }
    }

    record Adjusted(UUID transactionId, WalletId wallet, TokenAmount change, TokenAmount balance, TokenAmount available,
                    boolean replayed) {}
}

package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.TokenAmount;
import java.util.Objects;

/** Sets the available-token level below which a wallet counts as running low (zero turns the warning off). Audited. */
public interface SetLowBalanceThreshold {

    Wallet set(Command command);

    record Command(Caller caller, WalletId wallet, TokenAmount threshold) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(wallet, "wallet");
            if (threshold == null) {
                throw InvalidInput.of("lowBalanceThreshold", "is required");
            }
            if (threshold.isNegative()) {
                throw InvalidInput.of("lowBalanceThreshold", "must not be negative");
            }
        }
    }
}

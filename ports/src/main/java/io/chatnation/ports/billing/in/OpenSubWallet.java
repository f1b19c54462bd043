package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.billing.WalletName;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.TokenAmount;
import java.util.Objects;

/** Opens an empty sub-wallet (a department's or an event's budget), to be funded by a transfer. Audited. */
public interface OpenSubWallet {

    Wallet open(Command command);

    record Command(Caller caller, WalletName name, TokenAmount lowBalanceThreshold) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(name, "name");
            lowBalanceThreshold = lowBalanceThreshold == null ? TokenAmount.ZERO : lowBalanceThreshold;
            if (lowBalanceThreshold.isNegative()) {
                throw InvalidInput.of("lowBalanceThreshold", "must not be negative");
            }
        }
    }
}

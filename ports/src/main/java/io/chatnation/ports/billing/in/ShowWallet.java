package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.Caller;
import java.util.Optional;

/** One wallet's balance, reserved and available tokens and low-balance threshold; the main wallet when none is named. */
public interface ShowWallet {
    Wallet show(Caller caller, Optional<WalletId> wallet);
}

package io.chatnation.domain.shared.archfixture;

import io.chatnation.domain.archfixturebilling.Wallet;

/** The shared kernel reaching up into a business module. */
public final class KernelKnowsWallets {

    public long balanceOf(Wallet wallet) {
        return wallet.balance();
    }
}

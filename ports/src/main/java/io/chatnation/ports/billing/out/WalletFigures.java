package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.TokenAmount;

/**
 * A wallet's balance and reserved tokens right after a posting, with what a posting needs to tell whether it
 * crossed the wallet's low-balance threshold.
 */
public record WalletFigures(WalletId wallet, OrgId org, TokenAmount balance, TokenAmount reserved,
                            TokenAmount lowBalanceThreshold) {

    public TokenAmount available() {
        return balance.minus(reserved);
    }
}

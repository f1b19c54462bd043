package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.TokenAmount;

/** A wallet's balance and reserved tokens right after a posting. */
public record WalletFigures(WalletId wallet, TokenAmount balance, TokenAmount reserved) {

    public TokenAmount available() {
        return balance.minus(reserved);
    }
}

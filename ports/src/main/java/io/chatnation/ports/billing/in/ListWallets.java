package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.shared.Caller;
import java.util.List;

/** The organisation's wallets: the main one first, then the sub-wallets by name. */
public interface ListWallets {
    List<Wallet> list(Caller caller);
}

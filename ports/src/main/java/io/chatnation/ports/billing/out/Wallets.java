package io.chatnation.ports.billing.out;

import io.chatnation.domain.billing.Wallet;
import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.shared.TokenAmount;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The wallets of the current organisation. Balances change only through {@link TokenLedger#post}. */
public interface Wallets {

    /** The main wallet, opened empty on first use; concurrent first uses still open only one. */
    Wallet main();

    Optional<Wallet> find(WalletId id);

    /** The main wallet first, then the sub-wallets by name. */
    List<Wallet> all();

    /** @throws io.chatnation.domain.shared.Conflict when the organisation already has a wallet of that name */
    void add(Wallet wallet);

    void setLowBalanceThreshold(WalletId id, TokenAmount threshold);

    /**
     * Locks the given wallets until the transaction ends, always in the same order so that two operations locking
     * the same pair cannot deadlock, and returns those that exist.
     */
    List<Wallet> lock(Collection<WalletId> ids);
}

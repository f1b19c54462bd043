package io.chatnation.domain.billing;

import io.chatnation.domain.shared.InsufficientTokens;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.TokenAmount;
import java.time.Instant;
import java.util.Objects;

/**
 * A prepaid token account. {@code balance} is the sum of the wallet's ledger and {@code reserved} the part held by
 * open reservations; what may be spent or reserved is {@link #available()}, which never drops below zero.
 */
public record Wallet(WalletId id, WalletKind kind, WalletName name, TokenAmount balance, TokenAmount reserved,
                     TokenAmount lowBalanceThreshold, Instant createdAt) {

    public Wallet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (reserved.isNegative() || balance.isLessThan(reserved)) {
            throw new IllegalArgumentException("reserved must be between zero and the balance: " + reserved + " of " + balance);
        }
        if (lowBalanceThreshold.isNegative()) {
            throw new IllegalArgumentException("the low-balance threshold is never negative");
        }
    }

    public static Wallet openMain(WalletId id, Instant now) {
        return new Wallet(id, WalletKind.MAIN, WalletName.MAIN, TokenAmount.ZERO, TokenAmount.ZERO, TokenAmount.ZERO, now);
    }

    /** @throws InvalidInput when the sub-wallet would take the main wallet's name */
    public static Wallet openSub(WalletId id, WalletName name, TokenAmount lowBalanceThreshold, Instant now) {
        if (name.value().equalsIgnoreCase(WalletName.MAIN.value())) {
            throw InvalidInput.of("name", "'" + WalletName.MAIN + "' is the name of the main wallet");
        }
        return new Wallet(id, WalletKind.SUB, name, TokenAmount.ZERO, TokenAmount.ZERO, lowBalanceThreshold, now);
    }

    public TokenAmount available() {
        return balance.minus(reserved);
    }

    public boolean isMain() {
        return kind == WalletKind.MAIN;
    }

    /** Available tokens have fallen below the threshold the organisation asked to be warned at. */
    public boolean isBelowThreshold() {
        return available().isLessThan(lowBalanceThreshold);
    }

    /**
     * The wallet after a posting.
     *
     * @throws InsufficientTokens when the posting would take available below zero
     */
    public Wallet after(Posting posting) {
        TokenAmount required = posting.requiredAvailable();
        if (available().isLessThan(required)) {
            throw new InsufficientTokens(required, available());
        }
        return new Wallet(id, kind, name, balance.plus(posting.balanceChange()), reserved.plus(posting.reservedChange()),
                lowBalanceThreshold, createdAt);
    }

    public Wallet withLowBalanceThreshold(TokenAmount threshold) {
        return new Wallet(id, kind, name, balance, reserved, threshold, createdAt);
    }
}

package io.chatnation.domain.billing.alert;

import io.chatnation.domain.billing.WalletId;
import io.chatnation.domain.billing.WalletName;
import io.chatnation.domain.billing.purchase.PurchaseId;
import io.chatnation.domain.shared.TokenAmount;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One dip of a wallet below its low-balance threshold: what the dashboard shows as a notification, what the owners
 * are mailed about, and what auto-refill answers with a purchase.
 *
 * @param available the wallet's available tokens right after the posting that dipped it
 * @param refill    what auto-refill did about this dip
 */
public record LowBalanceAlert(AlertId id, WalletId wallet, WalletName walletName, boolean mainWallet, TokenAmount threshold,
                              TokenAmount available, Instant raisedAt, Optional<Instant> readAt,
                              Optional<Instant> recoveredAt, MailOutcome mail, RefillOutcome refill) {

    public LowBalanceAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(walletName, "wallet name");
        Objects.requireNonNull(raisedAt, "raised at");
        readAt = readAt == null ? Optional.empty() : readAt;
        recoveredAt = recoveredAt == null ? Optional.empty() : recoveredAt;
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(refill, "refill");
        if (!available.isLessThan(threshold)) {
            throw new IllegalArgumentException("an alert is raised only below the threshold");
        }
    }

    /** A new dip, nothing delivered yet. */
    public static LowBalanceAlert raised(AlertId id, WalletId wallet, WalletName walletName, boolean mainWallet,
                                         TokenAmount threshold, TokenAmount available, Instant at) {
        return new LowBalanceAlert(id, wallet, walletName, mainWallet, threshold, available, at, Optional.empty(),
                Optional.empty(), MailOutcome.PENDING, RefillOutcome.pending());
    }

    public boolean isRead() {
        return readAt.isPresent();
    }

    public String title() {
        return (mainWallet ? "Token balance" : "Wallet '" + walletName + "'") + " is running low";
    }

    public String message() {
        return available + " tokens available, below the warning level of " + threshold + " tokens.";
    }

    /** Whether the owners were mailed about the dip. */
    public enum MailOutcome {
        PENDING, SENT, SKIPPED, FAILED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static MailOutcome fromCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * What auto-refill did about the dip: not decided yet, being decided, nothing (and why: off, a sub-wallet, a
     * purchase already pending), a purchase started, or a purchase that could not be started (and why).
     */
    public record RefillOutcome(State state, Optional<PurchaseId> purchase, Optional<String> reason) {

        public RefillOutcome {
            Objects.requireNonNull(state, "state");
            purchase = purchase == null ? Optional.empty() : purchase;
            reason = reason == null ? Optional.empty() : reason;
            if ((state == State.STARTED) != purchase.isPresent()) {
                throw new IllegalArgumentException("a started refill names its purchase, and only then");
            }
            if ((state == State.SKIPPED || state == State.FAILED) != reason.isPresent()) {
                throw new IllegalArgumentException("a skipped or failed refill says why, and only then");
            }
        }

        public static RefillOutcome pending() {
            return new RefillOutcome(State.PENDING, Optional.empty(), Optional.empty());
        }

        public static RefillOutcome skipped(String reason) {
            return new RefillOutcome(State.SKIPPED, Optional.empty(), Optional.of(reason));
        }

        public static RefillOutcome started(PurchaseId purchase) {
            return new RefillOutcome(State.STARTED, Optional.of(purchase), Optional.empty());
        }

        public static RefillOutcome failed(String reason) {
            return new RefillOutcome(State.FAILED, Optional.empty(), Optional.of(reason));
        }

        public enum State {
            PENDING, STARTING, SKIPPED, STARTED, FAILED;

            public String code() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }

            public static State fromCode(String code) {
                return valueOf(code.toUpperCase(java.util.Locale.ROOT));
            }
        }
    }
}
